import { ArgsType, Field, ID } from 'type-graphql';
import { OrganizationKind } from './enums.js';
import { PageArgs } from './page.args.js';
import { EntitySort } from './people.args.js';
import { SortDirection } from './sort-direction.enum.js';

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Name, alias or acronym contains this (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Only organizations of these kinds.' })
  kinds?: OrganizationKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Part of this organization, at any depth (sub-agencies of DHS).' })
  partOf?: string | null;

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
