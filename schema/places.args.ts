import { ArgsType, Field } from 'type-graphql';
import { PlaceKind } from './enums.js';
import { PageArgs } from './page.args.js';
import { EntitySort } from './people.args.js';
import { SortDirection } from './sort-direction.enum.js';

@ArgsType()
export class PlacesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  nameContains?: string | null;

  @Field(() => [PlaceKind], { nullable: true })
  kinds?: PlaceKind[] | null;

  @Field(() => EntitySort, { defaultValue: EntitySort.NAME })
  sort!: EntitySort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
