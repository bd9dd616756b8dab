import type { PolicyKind } from '../../extraction.js';
import type { ArticleContext } from '../article-context.js';
import type { Sentence } from '../../text/sentences.js';

/** One policy a rule read in a sentence; offsets are into the article text. */
export interface PolicyHit {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly kind: PolicyKind;
  /**
   * Where the words that make it a policy end ("an injunction"); the words after them say what it does
   * and may name another policy ("… blocking the executive order on sanctuary cities"), which stands too.
   */
  readonly coreEnd?: number;
  /** Named outright is surer than described in words. */
  readonly confidence: number;
  /**
   * Hits with the same key in one article are one policy: an article that describes a court order or a
   * promise several times ("her second order", "his promises to …") names it once. Defaults to the name.
   */
  readonly key?: string;
  /**
   * The key holds per issuer: one deployment or promise per person. Without an issuer the hit is a
   * mention of that kind's earlier policy, if the article has one.
   */
  readonly keyedByIssuer?: boolean;
  /**
   * Where the verb of a clause-led construction stands ("Abbott pledged to bus …", "Hegseth sent 200
   * troops to …"): the subject just before it is the issuer.
   */
  readonly verbAt?: number;
}

/** One construction that makes a policy, tried on every sentence of article prose. */
export interface PolicyRule {
  readonly name: string;
  /**
   * 'content': the rule reads what a policy establishes (a quota, grant conditions). In a sentence that
   * also introduces an 'instrument' (a memo, directives, an executive order: "a quota system …, according
   * to new directives") it is that instrument's content, not a policy of its own.
   */
  readonly role?: 'instrument' | 'content';
  find(ctx: ArticleContext, s: Sentence): readonly PolicyHit[];
}
