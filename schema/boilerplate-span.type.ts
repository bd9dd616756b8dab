import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('BoilerplateSpan', {
  description: 'Page furniture the loader recognised and kept out of the graph (captions, appeals, link lists).',
})
export class BoilerplateSpan {
  @Field(() => String, { description: 'What it is: "caption", "newsletter", "donation", "related-links"…' })
  kind!: string;

  @Field(() => Int, { description: 'UTF-16 offset of its first character in the article text.' })
  start!: number;

  @Field(() => Int, { description: 'UTF-16 offset just past its last character.' })
  end!: number;
}
