import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { PolicyKind } from './enums.js';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum PolicySort {
  NAME = 'NAME',
  DATE = 'DATE',
  ARTICLE_COUNT = 'ARTICLE_COUNT',
}

registerEnumType(PolicySort, { name: 'PolicySort' });

@ArgsType()
export class PoliciesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  nameContains?: string | null;

  @Field(() => [PolicyKind], { nullable: true })
  kinds?: PolicyKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Issued by this person or organization.' })
  issuedBy?: string | null;

  @Field(() => PolicySort, { defaultValue: PolicySort.NAME })
  sort!: PolicySort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
