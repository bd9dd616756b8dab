import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum EntitySort {
  NAME = 'NAME',
  ARTICLE_COUNT = 'ARTICLE_COUNT',
  QUOTE_COUNT = 'QUOTE_COUNT',
}

registerEnumType(EntitySort, {
  name: 'EntitySort',
  description: 'How people or organizations are ordered.',
  valuesConfig: {
    NAME: { description: 'By name, ignoring case.' },
    ARTICLE_COUNT: { description: 'By the number of articles that mention them.' },
    QUOTE_COUNT: { description: 'By the number of their quotes (DIRECT and PARTIAL), as `quoteCount`.' },
  },
});

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Name or alias contains this (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Holds a role in this organization.' })
  organization?: string | null;

  @Field(() => ID, { nullable: true, description: 'Mentioned in this article.' })
  mentionedIn?: string | null;

  @Field(() => EntitySort, { defaultValue: EntitySort.NAME, description: 'The order of the list.' })
  sort!: EntitySort;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'ASC or DESC; ties are broken by id, so pages never overlap.',
  })
  direction!: SortDirection;
}
