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

registerEnumType(StatisticSort, { name: 'StatisticSort', description: 'CITATIONS: how many articles cite the figure.' });

@ArgsType()
export class StatisticsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'What is counted contains this (case-insensitive).' })
  measureContains?: string | null;

  @Field(() => Float, { nullable: true })
  valueMin?: number | null;

  @Field(() => Float, { nullable: true })
  valueMax?: number | null;

  @Field(() => String, { nullable: true, description: '"cases", "percent", "people"…' })
  unit?: string | null;

  @Field(() => ID, { nullable: true })
  place?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'The figure\'s period overlaps [periodFrom, periodTo].' })
  periodFrom?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  periodTo?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reported by this person or organization (or its anonymous sources).' })
  reportedBy?: string | null;

  @Field(() => ID, { nullable: true })
  article?: string | null;

  @Field(() => StatisticSort, { defaultValue: StatisticSort.VALUE })
  sort!: StatisticSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
