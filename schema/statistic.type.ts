import { GraphQLDate } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { Node } from './node.interface.js';

@ObjectType('Statistic', {
  implements: Node,
  description: 'A reported figure: "over 6,200 criminal immigration cases in June".',
})
export class Statistic extends Node {
  @Field(() => Float, { nullable: true, description: 'The number; null for vague amounts ("tens of thousands").' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of a range ("2 to 3 million").' })
  valueHigh!: number | null;

  @Field(() => Boolean, { description: 'True for an amount without a number ("tens of thousands").' })
  vague!: boolean;

  @Field(() => String, { nullable: true, description: '"over", "more than", "approximately"…' })
  qualifier!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the number counts in: "cases", "percent", "people", "dollars"…',
  })
  unit!: string | null;

  @Field(() => String, { description: "What is counted, in the article's words." })
  measure!: string;

  @Field(() => String, { nullable: true, description: 'The period as stated ("June").' })
  period!: string | null;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'First day of the period, when it is a date range ("June 2018" starts 2018-06-01).',
  })
  periodStart!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Last day of the period, when it is a date range.' })
  periodEnd!: string | null;

  @Field(() => String, { description: 'The figure as first written ("over 6,200").' })
  name!: string;
}

export const StatisticConnection = connectionOf(Statistic, 'Statistic');
