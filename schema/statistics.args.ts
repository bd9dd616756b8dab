import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, registerEnumType } from 'type-graphql';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum StatisticSort {
  VALUE = 'VALUE',
  PERIOD = 'PERIOD',
  MEASURE = 'MEASURE',
  CITATIONS = 'CITATIONS',
}

registerEnumType(StatisticSort, {
  name: 'StatisticSort',
  description: 'How figures are ordered.',
  valuesConfig: {
    VALUE: { description: 'By number; vague amounts first in ASC order, last in DESC order.' },
    PERIOD: {
      description: 'By the start of the period; figures without a dated period first in ASC order, last in DESC order.',
    },
    MEASURE: { description: 'By what is counted, ignoring case.' },
    CITATIONS: { description: 'By how many articles cite the figure.' },
  },
});

@ArgsType()
export class StatisticsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'What is counted contains this (case-insensitive).' })
  measureContains?: string | null;

  @Field(() => Float, { nullable: true, description: 'Only figures of at least this value.' })
  valueMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only figures of at most this value.' })
  valueMax?: number | null;

  @Field(() => String, { nullable: true, description: '"cases", "percent", "people"…' })
  unit?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only figures about this place (global id).' })
  place?: string | null;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Only figures whose period ends on or after this date (with `periodTo`: overlaps the range).',
  })
  periodFrom?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Only figures whose period starts on or before this date.' })
  periodTo?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Reported by this person or organization (or its anonymous sources).',
  })
  reportedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only figures cited by this article (global id).' })
  article?: string | null;

  @Field(() => StatisticSort, { defaultValue: StatisticSort.VALUE, description: 'The order of the list.' })
  sort!: StatisticSort;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'ASC or DESC; ties are broken by id, so pages never overlap.',
  })
  direction!: SortDirection;
}
