import type { ArticleContext } from './article-context.js';
import { SAYING_VERBS } from './gazetteer/saying-verbs.js';
import { longestSpeaker, possessed, resolvePronoun, speakersStartingIn, speakersWithin, toAttribution, type Attribution, type SpeakerMention } from './speakers.js';
import { lowerBound } from './text/lower-bound.js';
import type { QuoteSpan } from './text/quote-marks.js';
import { tokenize, type Token } from './text/tokens.js';

const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const SKIPPABLE = new Set(['also', 'has', 'had', 'have', 'later', 'then', 'repeatedly', 'previously', 'once', 'recently', 'further', 'reportedly', 'publicly', 'again', 'often', 'has', 'would', 'will', 'had', 'privately', 'simply', 'flatly', 'bluntly', 'quickly']);
const PRONOUN_FLOOR = 600;
/** "the official said": an unnamed speaker introduced earlier ("An ICE official, speaking on condition …"). */
const DEFINITE_RE = /^(?:the|that|this) (?:\w+ )?(?:official|source|spokes(?:person|man|woman)|officer|agent|insider|representative)s? (?:\w+ )?(?:said|says|added|explained|stated|told|noted|wrote)\b/i;

const UNNAMED_REACH = 1500;

function lastUnnamed(speakers: readonly SpeakerMention[], before: number): SpeakerMention | undefined {
  let best: SpeakerMention | undefined;
  // Only mentions ending within reach qualify, so only those starting within reach of them are read.
  const end = lowerBound(speakers, before);
  for (let i = lowerBound(speakers, before - UNNAMED_REACH - longestSpeaker(speakers)); i < end; i++) {
    const s = speakers[i]!;
    if (s.end <= before && s.description && before - s.end < UNNAMED_REACH) best = s;
  }
  return best;
}

export interface AttributionResult extends Attribution {
  /** "verb": a verb of saying ties speaker and quote; "colon": only a colon introduces it. */
  readonly via: 'verb' | 'according' | 'colon';
}

/**
 * Who said a quotation, from its own sentence: "…,” said X", "“…,” X said", "X said … “…”",
 * "X …: “…”", "according to X". Returns null when nothing in the sentence attributes it.
 */
export function attributeQuote(
  ctx: ArticleContext,
  q: QuoteSpan,
  sameParagraph: readonly QuoteSpan[],
  speakers: readonly SpeakerMention[],
): AttributionResult | null {
  const openSentence = ctx.sentenceAt(q.outer.start);
  const closeSentence = ctx.sentenceAt(Math.max(q.outer.start, q.outer.end - 1));
  const sStart = openSentence?.start ?? q.outer.start;
  let sEnd = closeSentence?.end ?? q.outer.end;
  if (closeSentence && !/\p{L}/u.test(ctx.text.slice(q.outer.end, sEnd))) {
    const next = ctx.sentences[closeSentence.index + 1];
    if (next && next.paragraph === closeSentence.paragraph && next.text.split(/\s+/).length <= 8 && !/[“"]/.test(next.text)) sEnd = next.end;
  }
  const nextQuote = sameParagraph[firstQuoteFrom(sameParagraph, q.outer.end)];
  const afterEnd = nextQuote && nextQuote.outer.start < sEnd ? nextQuote.outer.start : sEnd;
  return (
    afterQuote(ctx, q.outer.end, afterEnd, speakers) ??
    beforeQuote(ctx, sStart, q.outer.start, speakers, sameParagraph)
  );
}

/** Index of the first quote (quotes are in order and never overlap) opening at or after an offset. */
function firstQuoteFrom(quotes: readonly QuoteSpan[], offset: number): number {
  return lowerBound(quotes, offset, (q) => q.outer.start);
}

function speakerStartingIn(speakers: readonly SpeakerMention[], from: number, to: number): SpeakerMention | undefined {
  for (const s of speakersStartingIn(speakers, from, to)) return s;
  return undefined;
}

/** Of the speakers ending exactly at an offset, the one starting first. */
function speakerEndingAt(speakers: readonly SpeakerMention[], end: number): SpeakerMention | undefined {
  for (const s of speakersStartingIn(speakers, end - longestSpeaker(speakers), end)) if (s.end === end) return s;
  return undefined;
}

function afterQuote(ctx: ArticleContext, from: number, to: number, speakers: readonly SpeakerMention[]): AttributionResult | null {
  const toks = tokenize(ctx.text, from, to).filter((t) => t.kind !== 'punct' || t.text === ',' || t.text === '.');
  let i = 0;
  while (toks[i] && toks[i]?.kind === 'punct') i++;
  const first = toks[i];
  if (!first) return null;
  const window = toks[Math.min(toks.length - 1, i + 7)]?.end ?? to;
  const definite = DEFINITE_RE.exec(ctx.text.slice(first.start, to));
  if (definite) {
    const back = lastUnnamed(speakers, from);
    if (back) return { ...toAttribution(back), via: 'verb' };
  }
  if (SAYING_VERBS.has(first.text.toLowerCase())) {
    const s = speakerStartingIn(speakers, first.end, window);
    if (s) return { ...toAttribution(s), via: 'verb' };
    const pro = toks[i + 1];
    if (pro && PRONOUNS.has(pro.text.toLowerCase())) return pronoun(pro, speakers, 'verb');
  }
  if (PRONOUNS.has(first.text.toLowerCase()) && SAYING_VERBS.has(toks[i + 1]?.text.toLowerCase() ?? '')) return pronoun(first, speakers, 'verb');
  const s = speakerStartingIn(speakers, first.start, window);
  if (s) {
    const rest = tokenize(ctx.text, s.end, Math.min(to, s.end + 160));
    let k = 0;
    if (rest[0]?.text === ',') {
      // skip an appositive: ", a spokesperson for the agency,"
      const close = rest.findIndex((t, idx) => idx > 0 && (t.text === ',' || t.text === '.'));
      if (close > 0 && rest[close]?.text === ',') k = close + 1;
    }
    while (rest[k] && SKIPPABLE.has(rest[k]?.text.toLowerCase() ?? '')) k++;
    if (SAYING_VERBS.has(rest[k]?.text.toLowerCase() ?? '')) return { ...toAttribution(s), via: 'verb' };
  }
  const acc = /\baccording to\s+/i.exec(ctx.text.slice(from, to));
  if (acc) {
    const at = from + acc.index + acc[0].length;
    const a = speakerStartingIn(speakers, at, at + 40);
    if (a && a.start - at < 30) return { ...toAttribution(possessed(ctx.text, speakers, a)), via: 'according' };
  }
  return null;
}

function beforeQuote(
  ctx: ArticleContext,
  from: number,
  to: number,
  speakers: readonly SpeakerMention[],
  quotes: readonly QuoteSpan[],
): AttributionResult | null {
  const text = ctx.text;
  const acc = /\baccording to\s+/i.exec(text.slice(from, to));
  if (acc) {
    const at = from + acc.index + acc[0].length;
    const a = speakerStartingIn(speakers, at, Math.min(to, at + 30));
    if (a) return { ...toAttribution(possessed(text, speakers, a)), via: 'according' };
  }
  // The article's own tokens, not the span tokenized again: this runs once per quotation, and a sentence
  // dense with quotations made re-tokenizing it each time the bulk of extraction.
  const toks = outsideQuotes(ctx.tokens.slice(ctx.tokenIndexAt(from), ctx.tokenIndexAt(to)), quotes);
  let v = -1;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    if (t && t.kind === 'word' && SAYING_VERBS.has(t.text.toLowerCase()) && !(t.text.toLowerCase() === 'according')) {
      v = i;
      break;
    }
  }
  if (v >= 0) {
    const verb = toks[v];
    const afterVerb = verb ? speakerStartingIn(speakers, verb.end, Math.min(to, verb.end + 3)) : undefined;
    if (afterVerb && afterVerb.end <= to) return { ...toAttribution(afterVerb), via: 'verb' };
    const subject = subjectBefore(toks, v, speakers);
    if (subject) return { ...subject, via: 'verb' };
    const firstInClause = speakersWithin(speakers, from, verb?.start ?? to)[0];
    if (firstInClause) return { ...toAttribution(firstInClause), via: 'verb' };
    return null;
  }
  if (/:\s*$/.test(text.slice(from, to))) {
    const s = speakersWithin(speakers, from, to)[0];
    if (s) return { ...toAttribution(s), via: 'colon' };
  }
  return null;

  function subjectBefore(ts: readonly Token[], verbAt: number, sp: readonly SpeakerMention[]): Attribution | null {
    let k = verbAt - 1;
    while (k >= 0 && SKIPPABLE.has(ts[k]?.text.toLowerCase() ?? '')) k--;
    if (ts[k]?.text === ',') {
      let c = k - 1;
      while (c >= 0 && ts[c]?.text !== ',' && k - c < 30) c--;
      if (c >= 0 && ts[c]?.text === ',') k = c - 1;
    }
    const t = ts[k];
    if (!t) return null;
    if (PRONOUNS.has(t.text.toLowerCase())) return resolvePronoun(t.text, t.start, sp, t.start - PRONOUN_FLOOR);
    const s = speakerEndingAt(sp, t.end);
    return s ? toAttribution(s) : null;
  }
}

/** Tokens not inside any of the quotations; both lists are in text order, so one pass over each. */
function outsideQuotes(tokens: readonly Token[], quotes: readonly QuoteSpan[]): Token[] {
  const out: Token[] = [];
  const first = tokens[0]?.start ?? 0;
  let k = firstQuoteFrom(quotes, first);
  // A quotation opening before the first token may still cover it.
  if (k > 0 && quotes[k - 1]!.outer.end > first) k--;
  for (const t of tokens) {
    while (k < quotes.length && quotes[k]!.outer.end < t.end) k++;
    const q = quotes[k];
    if (!(q && t.start >= q.outer.start && t.end <= q.outer.end)) out.push(t);
  }
  return out;
}

function pronoun(t: Token, speakers: readonly SpeakerMention[], via: AttributionResult['via']): AttributionResult | null {
  const a = resolvePronoun(t.text, t.start, speakers, t.start - PRONOUN_FLOOR);
  return a ? { ...a, via } : null;
}
