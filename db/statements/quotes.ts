import type { SpeakerScope } from '../../schema/enums.js';
import { statement } from '../statement.js';
import type { Native } from '../to-native.js';
import type { CitedEvidence } from './facts.js';
import type { KeysetParams, KeysetRow } from './paging.js';
import type { ArticleNode, LabelledNode, QuoteNode, Total } from './nodes.js';
import type { RelationPageParams, RelationPageRow } from './relations.js';

export interface QuoteFilters {
  readonly speaker: string | null;
  readonly speakerScope: SpeakerScope;
  readonly article: string | null;
  readonly kinds: readonly string[];
  readonly textContains: string | null;
  readonly subject: string | null;
  readonly publishedFrom: string | null;
  readonly publishedTo: string | null;
}

export const listQuotes = statement<QuoteFilters & KeysetParams, KeysetRow<QuoteNode>>('quotes/list-quotes');
export const countQuotes = statement<QuoteFilters, Total>('quotes/count-quotes');
/**
 * What a page of quotes reads of each quote's evidence: the fields of the words, the article's (null when
 * unasked), and how many articles at most (oldest first).
 */
export interface EvidenceFields {
  readonly words: readonly (keyof CitedEvidence)[];
  readonly article: readonly (keyof ArticleNode)[] | null;
  readonly first: number;
}

/**
 * A quote's evidence in one article as a page of quotes reads it: the values of the fields it was asked
 * for, in their order (resolvers/paging/evidence-fields), and of the article's when asked.
 */
export interface PrefetchedEvidenceRow {
  readonly articleId: string;
  readonly words: readonly Native[];
  readonly article: readonly Native[] | null;
}

/**
 * A page of each speaker's quotes (or claims) by text, for many speakers: a relation page read off an
 * index, with each quote's evidence (oldest article first) when `evidence` names fields to read, else [].
 */
export const listQuotesOfSpeakers = statement<
  RelationPageParams & { readonly evidence: EvidenceFields | null },
  RelationPageRow & { readonly evidence: readonly PrefetchedEvidenceRow[] }
>('quotes/list-quotes-of-speakers');

export interface StatementsAboutParams {
  readonly quoteLucene: string;
  readonly sentenceLucene: string;
  readonly first: number;
  readonly quotesPerSpeaker: number;
  readonly within: number;
}

/** One speaker's statements on a subject (null speaker: the statements no article attributes). */
export interface SpeakerStatementsRow {
  readonly speaker: LabelledNode<'Person' | 'Organization' | 'AnonymousSource'> | null;
  readonly quotes: QuoteNode[];
  readonly count: number;
  /** False when `within` cut the reading short, so `count` is a lower bound. */
  readonly complete: boolean;
}
export const groupStatementsAbout = statement<StatementsAboutParams, SpeakerStatementsRow>(
  'quotes/group-statements-about',
);
