import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { PolicyKind } from './enums.js';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum PolicySort {
  NAME = 'NAME',
  DATE = 'DATE',
  ARTICLE_COUNT = 'ARTICLE_COUNT',
}

registerEnumType(PolicySort, {
  name: 'PolicySort',
  description: 'How policies are ordered.',
  valuesConfig: {
    NAME: { description: 'By name, ignoring case.' },
    DATE: {
      description:
        'By date as the articles give it (2017-04 before 2018); undated first in ASC order, last in DESC order.',
    },
    ARTICLE_COUNT: { description: 'By the number of articles that mention the policy.' },
  },
});

@ArgsType()
export class PoliciesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Name contains this (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => [PolicyKind], { nullable: true, description: 'Only policies of these kinds.' })
  kinds?: PolicyKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Issued by this person or organization.' })
  issuedBy?: string | null;

  @Field(() => PolicySort, { defaultValue: PolicySort.NAME, description: 'The order of the list.' })
  sort!: PolicySort;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'ASC or DESC; ties are broken by id, so pages never overlap.',
  })
  direction!: SortDirection;
}
