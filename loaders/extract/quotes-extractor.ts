import type { QuoteItem } from '../extraction.js';
import { evidenceAt } from './evidence.js';
import type { Extractor } from './extractor.js';
import { findClaims } from './claims.js';
import { attribute } from './attribution/attribute.js';
import { buildAttributionScope, quoteTarget } from './attribution/attribution-scope.js';
import type { PreviousQuotation } from './attribution/attribution-rule.js';
import type { Attribution } from './attribution/speaker-mentions.js';
import { normalizePassage } from '../text/normalize.js';
import { lowerBound } from '../text/lower-bound.js';

/** Up to this many words, a quotation with no verb of saying in its sentence is a term, not speech. */
const TERM_MAX_WORDS = 5;
/** Below this, an unattributed quotation is not kept at all. */
const UNATTRIBUTED_MIN_WORDS = 8;
/** How far back from a quotation a word of its sentence is looked for. */
const MID_SENTENCE_REACH = 400;

/**
 * Direct and partial quotations with their speakers, plus indirect claims. A quotation with no speaker
 * in its sentence continues the previous one in the paragraph (or the paragraph before, when it opens
 * its own); short ones without a verb of saying are scare quotes and dropped.
 */
export const quotesExtractor: Extractor = {
  name: 'quotes',
  extract(ctx, found) {
    const scope = buildAttributionScope(ctx, found);
    const quotes: QuoteItem[] = [];
    const seen = new Set<string>();
    let previousParagraph: PreviousQuotation | null = null;
    // A quotation left open at its paragraph's end goes on in the next; it is attributed where it closes.
    let runningOn: number | null = null;
    for (const p of ctx.paragraphs) {
      if (ctx.furnitureAt(p.start) !== null && ctx.furnitureAt(p.end - 1) !== null) {
        continue;
      }
      const first = lowerBound(scope.quotes, p.start, (q) => q.outer.start);
      const spans = scope.quotes.slice(
        first,
        lowerBound(scope.quotes, p.end, (q) => q.outer.start),
      );
      let current: PreviousQuotation | null = null;
      if (spans[0]?.outer.start !== p.start) runningOn = null;
      for (const [n, q] of spans.entries()) {
        if (ctx.furnitureAt(q.inner.start) !== null || ctx.inTitle(q.inner.start)) continue;
        const text = ctx.text.slice(q.inner.start, q.inner.end);
        const words = text.split(/\s+/).filter(Boolean).length;
        const own = attribute(quoteTarget(ctx, q, current ?? previousParagraph), scope);
        let speaker: Attribution | null = own;
        let confidence = own?.confidence ?? 0;
        if (!own) {
          // A short term in quotation marks is no speech, unless it is a whole sentence going on with the
          // speaker of the quotation before it in the paragraph ("“We cannot do this alone.”").
          if (words <= TERM_MAX_WORDS && !(current && isWholeSentence(text))) continue;
          speaker = speakerOf(current ?? (n === 0 && q.outer.start === p.start ? previousParagraph : null));
          confidence = speaker ? 0.7 : 0.4;
          if (!speaker && words < UNATTRIBUTED_MIN_WORDS) continue;
        }
        const key = normalizePassage(text);
        if (seen.has(key)) continue;
        seen.add(key);
        const opens = n === 0 && q.outer.start === p.start;
        if (runningOn !== null && opens && speaker) quotes[runningOn] = withSpeaker(quotes[runningOn]!, speaker);
        runningOn = null;
        const partial = /\p{Ll}/u.test(text[0] ?? '') && midSentence(ctx.text, p.start, q.outer.start);
        quotes.push({
          text,
          kind: partial ? 'partial' : 'direct',
          speaker: speaker?.speaker ?? null,
          speakerKind: speaker?.kind ?? null,
          speakerDescription: speaker?.description ?? null,
          evidence: evidenceAt(ctx, q.inner.start, q.inner.end, confidence),
        });
        if (speaker) current = { speaker, at: q.outer.start };
        else if (q.runsOn) runningOn = quotes.length - 1;
      }
      previousParagraph = current;
    }
    return { quotes, claims: findClaims(scope) };
  },
};

function isWholeSentence(text: string): boolean {
  return /^\p{Lu}/u.test(text) && /[.!?]$/.test(text);
}

function withSpeaker(q: QuoteItem, a: Attribution): QuoteItem {
  return { ...q, speaker: a.speaker, speakerKind: a.kind, speakerDescription: a.description };
}

function speakerOf(previous: PreviousQuotation | null): Attribution | null {
  return previous ? previous.speaker : null;
}

/**
 * True when words of the sentence stand before `at` (a letter after the last . : ! or ?), read backwards
 * from `at` and never further than MID_SENTENCE_REACH: a match against all the paragraph before each
 * quotation made a paragraph of many quotations quadratic.
 */
function midSentence(text: string, from: number, at: number): boolean {
  const floor = Math.max(from, at - MID_SENTENCE_REACH);
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i] ?? '';
    if (/[.:!?]/.test(c)) return false;
    // A letter outside the BMP is two code units: read it whole from its low half.
    const code = text.charCodeAt(i);
    const char =
      code >= 0xdc00 && code <= 0xdfff && i > floor ? String.fromCodePoint(text.codePointAt(i - 1) ?? code) : c;
    if (/\p{L}/u.test(char)) return true;
  }
  return false;
}
