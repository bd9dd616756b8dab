import { GraphQLDate } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { Node } from './node.interface.js';

@ObjectType('Statistic', { implements: Node, description: 'A reported figure: "over 6,200 criminal immigration cases in June".' })
export class Statistic extends Node {
  @Field(() => Float, { nullable: true, description: 'The number; null for vague amounts ("tens of thousands").' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of a range ("2 to 3 million").' })
  valueHigh!: number | null;

  @Field(() => Boolean)
  vague!: boolean;

  @Field(() => String, { nullable: true, description: '"over", "more than", "approximately"…' })
  qualifier!: string | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, { description: 'What is counted, in the article\'s words.' })
  measure!: string;

  @Field(() => String, { nullable: true, description: 'The period as stated ("June").' })
  period!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  periodStart!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  periodEnd!: string | null;

  @Field(() => String, { description: 'The figure as first written ("over 6,200").' })
  name!: string;
}

export const StatisticConnection = connectionOf(Statistic, 'Statistic');
