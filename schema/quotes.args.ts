import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { QuoteKind, SpeakerScope } from './enums.js';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum QuoteSort {
  TEXT = 'TEXT',
  PUBLISHED_AT = 'PUBLISHED_AT',
}

registerEnumType(QuoteSort, {
  name: 'QuoteSort',
  description: 'How quotes are ordered.',
  valuesConfig: {
    TEXT: { description: 'By the words, ignoring case.' },
    PUBLISHED_AT: {
      description:
        'By the date of the earliest article carrying the quote; a quote in an undated article comes first in ASC order, last in DESC order.',
    },
  },
});

@ArgsType()
export class QuotesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Said by this person, organization or anonymous source.' })
  speaker?: string | null;

  @Field(() => SpeakerScope, {
    defaultValue: SpeakerScope.ALL,
    description: "For an organization: its own words, its anonymous sources', or both.",
  })
  speakerScope!: SpeakerScope;

  @Field(() => String, { nullable: true, description: 'The quoted words contain this (case-insensitive).' })
  textContains?: string | null;

  @Field(() => String, { nullable: true, description: 'The sentence around the quote mentions this subject.' })
  subject?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only quotes carried by this article (global id).' })
  article?: string | null;

  @Field(() => [QuoteKind], {
    nullable: true,
    description: 'Which kinds; default DIRECT and PARTIAL (quotes, as everywhere); [INDIRECT] lists claims.',
  })
  kinds?: QuoteKind[] | null;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Only quotes carried by an article published on or after this date.',
  })
  publishedFrom?: string | null;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Only quotes carried by an article published on or before this date.',
  })
  publishedTo?: string | null;

  @Field(() => QuoteSort, { defaultValue: QuoteSort.TEXT, description: 'The order of the list.' })
  sort!: QuoteSort;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'ASC or DESC; ties are broken by id, so pages never overlap.',
  })
  direction!: SortDirection;
}
