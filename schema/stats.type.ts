import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Stats', { description: 'How much the graph holds, by kind.' })
export class Stats {
  @Field(() => Int)
  articles!: number;

  @Field(() => Int)
  people!: number;

  @Field(() => Int, { description: 'Every organization, agencies included.' })
  organizations!: number;

  @Field(() => Int, { description: 'Organizations of kind AGENCY.' })
  agencies!: number;

  @Field(() => Int)
  places!: number;

  @Field(() => Int)
  policies!: number;

  @Field(() => Int, { description: 'Figures (Statistic nodes).' })
  statistics!: number;

  @Field(() => Int, { description: 'Words in quotation marks (DIRECT and PARTIAL quotes).' })
  quotes!: number;

  @Field(() => Int, { description: 'Reported statements (INDIRECT quotes).' })
  claims!: number;

  @Field(() => Int)
  anonymousSources!: number;

  @Field(() => Int, { description: 'Every relationship in the graph.' })
  relationships!: number;
}
