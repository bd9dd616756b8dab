import type { QuoteItem } from '../extraction.js';
import type { ArticleContext } from './article-context.js';
import { evidenceAt } from './evidence.js';
import { REPORTING_VERBS } from './gazetteer/saying-verbs.js';
import { possessed, resolvePronoun, speakersStartingIn, speakersWithin, toAttribution, type Attribution, type SpeakerMention } from './speakers.js';

const SUBJECT_GAP = /^(?:\s*,[^,]{1,120},)?(?:\s+(?:also|has|have|had|repeatedly|previously|later|then|once|recently|publicly|further))*\s+(\w+)(?:\s+(?:repeatedly|again|previously|publicly))?(?:\s+that)?\s+/;
const ACCORDING_START = /^According to ([^,]{3,80}),\s+/;
const ACCORDING_END = /,\s+according to ([^,.]{3,80})\.?$/;

/**
 * Indirect statements in sentences without quotation marks: "Sessions also said that …", "He announced
 * …", "According to X, …", "…, according to X." The claim text is the reported content.
 */
export function findClaims(ctx: ArticleContext, speakers: readonly SpeakerMention[]): QuoteItem[] {
  const out: QuoteItem[] = [];
  for (const s of ctx.sentences) {
    if (ctx.isFurnitureSentence(s) || ctx.inTitle(s.start) || /[“”"]/.test(s.text)) continue;
    const claim = accordingClaim(ctx, s.start, s.text, speakers) ?? verbClaim(ctx, s.start, s.end, speakers);
    if (claim) out.push(claim);
  }
  return out;
}

function make(ctx: ArticleContext, a: Attribution, start: number, end: number, confidence: number): QuoteItem | null {
  let e = end;
  while (e > start && /[\s.]/.test(ctx.text[e - 1] ?? '')) e--;
  const text = ctx.text.slice(start, e);
  if (text.split(/\s+/).length < 4) return null;
  return { text, kind: 'indirect', speaker: a.speaker, speakerKind: a.kind, speakerDescription: a.description, evidence: evidenceAt(ctx, start, e, confidence) };
}

function accordingClaim(ctx: ArticleContext, base: number, text: string, speakers: readonly SpeakerMention[]): QuoteItem | null {
  const head = ACCORDING_START.exec(text);
  if (head) {
    const sp = [...speakersStartingIn(speakers, base + 13, base + 13 + 20)].find((x) => x.end <= base + head[0].length);
    if (sp) return make(ctx, toAttribution(possessed(ctx.text, speakers, sp)), base + head[0].length, base + text.length, 0.6);
  }
  const tail = ACCORDING_END.exec(text);
  if (tail) {
    const at = base + tail.index;
    const [sp] = speakersStartingIn(speakers, at + 1, at + 40);
    if (sp) return make(ctx, toAttribution(possessed(ctx.text, speakers, sp)), base, at, 0.6);
  }
  return null;
}

function verbClaim(ctx: ArticleContext, start: number, end: number, speakers: readonly SpeakerMention[]): QuoteItem | null {
  const inSentence = speakersWithin(speakers, start, end);
  const opener = /^(He|She|They)\b/.exec(ctx.text.slice(start, start + 5));
  const candidates: Array<{ end: number; a: Attribution | null }> = inSentence.slice(0, 2).map((x) => ({ end: x.end, a: toAttribution(x) }));
  if (opener?.[1]) candidates.unshift({ end: start + opener[1].length, a: resolvePronoun(opener[1], start, speakers, start - 600) });
  for (const c of candidates) {
    if (!c.a) continue;
    const rest = ctx.text.slice(c.end, end);
    const m = SUBJECT_GAP.exec(rest);
    if (!m?.[1] || !REPORTING_VERBS.has(m[1].toLowerCase())) continue;
    return make(ctx, c.a, c.end + m[0].length, end, 0.65);
  }
  return null;
}
