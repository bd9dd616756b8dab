import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('BoilerplateSpan', { description: 'Page furniture the loader recognised and kept out of the graph (captions, appeals, link lists).' })
export class BoilerplateSpan {
  @Field(() => String)
  kind!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}
