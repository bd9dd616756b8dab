import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { PlaceKind } from './enums.js';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum PlaceSort {
  NAME = 'NAME',
  ARTICLE_COUNT = 'ARTICLE_COUNT',
}

registerEnumType(PlaceSort, {
  name: 'PlaceSort',
  description: 'How places are ordered.',
  valuesConfig: {
    NAME: { description: 'By name, ignoring case.' },
    ARTICLE_COUNT: { description: 'By the number of articles that mention the place.' },
  },
});

@ArgsType()
export class PlacesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Name contains this (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => [PlaceKind], { nullable: true, description: 'Only places of these kinds.' })
  kinds?: PlaceKind[] | null;

  @Field(() => PlaceSort, { defaultValue: PlaceSort.NAME, description: 'The order of the list.' })
  sort!: PlaceSort;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'ASC or DESC; ties are broken by id, so pages never overlap.',
  })
  direction!: SortDirection;
}
