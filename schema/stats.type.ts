import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Stats', { description: 'How much the graph holds, by kind.' })
export class Stats {
  @Field(() => ID, {
    description:
      'Always "stats": there is one Stats, so client caches (Apollo, urql) merge every query\'s fields of it into one object.',
  })
  id!: string;

  @Field(() => Int, { description: 'Articles loaded.' })
  articles!: number;

  @Field(() => Int, { description: 'People named in the articles.' })
  people!: number;

  @Field(() => Int, { description: 'Every organization, agencies included.' })
  organizations!: number;

  @Field(() => Int, { description: 'Organizations of kind AGENCY.' })
  agencies!: number;

  @Field(() => Int, { description: 'Places named in the articles.' })
  places!: number;

  @Field(() => Int, { description: 'Policies, memos, laws and programs named in the articles.' })
  policies!: number;

  @Field(() => Int, { description: 'Figures (Statistic nodes).' })
  statistics!: number;

  @Field(() => Int, { description: 'Words in quotation marks (DIRECT and PARTIAL quotes).' })
  quotes!: number;

  @Field(() => Int, { description: 'Reported statements (INDIRECT quotes).' })
  claims!: number;

  @Field(() => Int, { description: 'Unnamed sources ("a DHS official") the articles quote.' })
  anonymousSources!: number;

  @Field(() => Int, { description: 'Every relationship in the graph.' })
  relationships!: number;
}
