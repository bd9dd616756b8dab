import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { QuoteKind, SpeakerScope } from './enums.js';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum QuoteSort {
  TEXT = 'TEXT',
  PUBLISHED_AT = 'PUBLISHED_AT',
}

registerEnumType(QuoteSort, { name: 'QuoteSort', description: 'PUBLISHED_AT: the date of the earliest article that carries the quote.' });

@ArgsType()
export class QuotesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Said by this person, organization or anonymous source.' })
  speaker?: string | null;

  @Field(() => SpeakerScope, { defaultValue: SpeakerScope.ALL, description: 'For an organization: its own words, its anonymous sources\', or both.' })
  speakerScope!: SpeakerScope;

  @Field(() => String, { nullable: true, description: 'The quoted words contain this (case-insensitive).' })
  textContains?: string | null;

  @Field(() => String, { nullable: true, description: 'The sentence around the quote mentions this subject.' })
  subject?: string | null;

  @Field(() => ID, { nullable: true })
  article?: string | null;

  @Field(() => [QuoteKind], { nullable: true, description: 'Which kinds; default DIRECT and PARTIAL (quotes, as everywhere); [INDIRECT] lists claims.' })
  kinds?: QuoteKind[] | null;

  @Field(() => GraphQLDate, { nullable: true })
  publishedFrom?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  publishedTo?: string | null;

  @Field(() => QuoteSort, { defaultValue: QuoteSort.TEXT })
  sort!: QuoteSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
