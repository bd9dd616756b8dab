import type { PersonItem, QuoteItem } from '../../extraction.js';
import type { ArticleContext } from '../article-context.js';
import type { EntityIndex } from '../entity-index.js';
import type { Gender } from './person-gender.js';
import type { Attribution, SpeakerMention } from './speaker-mentions.js';
import type { QuoteSpan } from '../../text/quote-marks.js';

/** What is being attributed: a quotation (with its marks) or a figure, and the text that may name its source. */
export interface AttributionTarget {
  readonly kind: 'quote' | 'figure';
  readonly start: number;
  readonly end: number;
  /** The stretch whose words may attribute the target: its sentence, or the sentences a quotation spans. */
  readonly from: number;
  readonly to: number;
  /** The quotation just before, in this paragraph or the last: "“…,” they added" may go on with its speaker. */
  readonly previous?: PreviousQuotation | null;
}

export interface PreviousQuotation {
  readonly speaker: Attribution;
  /** Where it opens. */
  readonly at: number;
}

/** Everything a rule may read about the article, built once per article. */
export interface AttributionScope {
  readonly ctx: ArticleContext;
  readonly entities: EntityIndex;
  /** People and organizations that can be credited, sorted by start. */
  readonly speakers: readonly SpeakerMention[];
  /** Every quotation of the article, in order: words inside one never attribute anything outside it. */
  readonly quotes: readonly QuoteSpan[];
  /** People with their roles, so "the mayor" finds the mayor the article named. */
  readonly people: readonly PersonItem[];
  /** The gender of every person the article names, where it tells it, so "she" passes over a man. */
  readonly genders: ReadonlyMap<string, Gender | null>;
  /** Quotations already attributed (none while quotations are): a figure inside one is its speaker's. */
  readonly attributedQuotes: readonly QuoteItem[];
}

export interface Attributed extends Attribution {
  /** The rule that found it, for provenance and for tests. */
  readonly rule: string;
  readonly confidence: number;
}

/**
 * One construction that credits words to someone ("…,” said X", "according to X", "X: “…”"). Every rule
 * has this shape; they run in the order of `attribution-rules.ts`, and the first that answers wins.
 */
export interface AttributionRule {
  readonly name: string;
  readonly targets: ReadonlySet<AttributionTarget['kind']>;
  attribute(target: AttributionTarget, scope: AttributionScope): Attributed | null;
}

export const QUOTES_AND_FIGURES: ReadonlySet<AttributionTarget['kind']> = new Set(['quote', 'figure']);

export function attributed(a: Attribution, rule: string, confidence: number): Attributed {
  return { speaker: a.speaker, kind: a.kind, description: a.description, rule, confidence };
}
