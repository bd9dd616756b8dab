import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum EntitySort {
  NAME = 'NAME',
  ARTICLE_COUNT = 'ARTICLE_COUNT',
  QUOTE_COUNT = 'QUOTE_COUNT',
}

registerEnumType(EntitySort, { name: 'EntitySort', description: 'By name, or by how many articles mention them or quotes they have.' });

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Name or alias contains this (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Holds a role in this organization.' })
  organization?: string | null;

  @Field(() => ID, { nullable: true, description: 'Mentioned in this article.' })
  mentionedIn?: string | null;

  @Field(() => EntitySort, { defaultValue: EntitySort.NAME })
  sort!: EntitySort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
