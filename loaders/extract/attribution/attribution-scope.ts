import type { ArticleContext } from '../article-context.js';
import type { FoundSoFar } from '../extractor.js';
import { findQuotes, type QuoteSpan } from '../../text/quote-marks.js';
import type { AttributionScope, AttributionTarget, PreviousQuotation } from './attribution-rule.js';
import { genderOf } from './person-gender.js';
import { buildSpeakerMentions } from './speaker-mentions.js';

/** What the attribution rules read about an article, from what the extractors before have found. */
export function buildAttributionScope(ctx: ArticleContext, found: FoundSoFar): AttributionScope {
  return {
    ctx,
    entities: found.entities,
    speakers: buildSpeakerMentions(ctx, found.entities),
    quotes: quotationsOf(ctx),
    people: found.findings.people ?? [],
    genders: new Map((found.findings.people ?? []).map((p) => [p.name, genderOf(p)])),
    attributedQuotes: found.findings.quotes ?? [],
  };
}

const QUOTATIONS = new WeakMap<ArticleContext, readonly QuoteSpan[]>();

/** Every quotation of the article, paragraph by paragraph, in order; found once per article. */
export function quotationsOf(ctx: ArticleContext): readonly QuoteSpan[] {
  let quotes = QUOTATIONS.get(ctx);
  if (!quotes) {
    quotes = ctx.paragraphs.flatMap((p) => findQuotes(ctx.text, p.start, p.end));
    QUOTATIONS.set(ctx, quotes);
  }
  return quotes;
}

/** Longest a sentence after a quotation may be and still be its attribution ("“…” He said it twice."). */
const TRAILING_ATTRIBUTION_WORDS = 8;

/**
 * A quotation as a target, with the quotation before it: its own sentences, plus the next one when the
 * quotation ends its sentence and a short sentence without quotation marks follows ("“…” Said the mayor.").
 */
export function quoteTarget(ctx: ArticleContext, q: QuoteSpan, previous: PreviousQuotation | null): AttributionTarget {
  const open = ctx.sentenceAt(q.outer.start);
  const close = ctx.sentenceAt(Math.max(q.outer.start, q.outer.end - 1));
  let to = close?.end ?? q.outer.end;
  if (close && !/\p{L}/u.test(ctx.text.slice(q.outer.end, to))) {
    const next = ctx.sentences[close.index + 1];
    if (
      next &&
      next.paragraph === close.paragraph &&
      next.text.split(/\s+/).length <= TRAILING_ATTRIBUTION_WORDS &&
      !/[“"]/.test(next.text)
    )
      to = next.end;
  }
  return { kind: 'quote', start: q.outer.start, end: q.outer.end, from: open?.start ?? q.outer.start, to, previous };
}
