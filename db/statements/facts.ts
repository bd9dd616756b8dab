/** Where a fact is stated: its evidence in each article, and the source an article names for it. */
import { statement } from '../statement.js';
import type { ArticleNode, Ids } from './nodes.js';

/** The words a fact rests on in one article (offsets into the article's text). */
export interface CitedEvidence {
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly confidence: number;
  readonly extractorVersion: string;
  /** Quotes only: the sentence that introduced the quote, when not its own. */
  readonly context?: string | null;
}

/** Keyed by the quote's id: one row per article carrying it (its `first` oldest), with the article's short fields. */
export interface EvidenceRow {
  readonly id: string;
  readonly articleId: string;
  readonly evidence: CitedEvidence;
  readonly article: ArticleNode;
}

/** Keyed `factId|articleId`. */
export interface CitationRow {
  readonly id: string;
  readonly articleId: string;
  readonly sourceId: string | null;
  readonly evidence: CitedEvidence;
}

export const getEvidence = statement<Ids & { readonly first: number }, EvidenceRow>('facts/get-evidence');
export const getCitations = statement<
  { readonly pairs: readonly { readonly factId: string; readonly articleId: string }[] },
  CitationRow
>('facts/get-citations');
