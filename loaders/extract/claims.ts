import type { QuoteItem } from '../extraction.js';
import type { AttributionScope } from './attribution/attribution-rule.js';
import { accordingToCues } from './attribution/rules/according-to-rule.js';
import { speakerEndingAt } from './attribution/speaker-phrase.js';
import { evidenceAt } from './evidence.js';
import { REPORTING_VERBS } from '../gazetteer/saying-verbs.js';
import type { Attribution } from './attribution/speaker-mentions.js';
import type { Sentence } from '../text/sentences.js';

/** Fewer words than this are no statement ("he said so"). */
const MIN_WORDS = 4;
/** The reporting verb opens the sentence's main clause: it is read among its first words. */
const VERB_REACH = 160;

/**
 * Indirect statements in sentences without quotation marks: "Sessions also said that …", "He announced
 * …", "According to X, …", "…, according to X." The claim text is the reported content; who made it is
 * found by the attribution rules' own readers of "according to" and of a clause's subject.
 */
export function findClaims(scope: AttributionScope): QuoteItem[] {
  const { ctx } = scope;
  const out: QuoteItem[] = [];
  for (const s of ctx.sentences) {
    if (ctx.isFurnitureSentence(s) || ctx.inTitle(s.start) || /[“”"]/.test(s.text)) continue;
    const claim = accordingClaim(scope, s) ?? verbClaim(scope, s);
    if (claim) out.push(claim);
  }
  return out;
}

function make(
  scope: AttributionScope,
  a: Attribution,
  start: number,
  end: number,
  confidence: number,
): QuoteItem | null {
  const text = scope.ctx.text;
  let e = end;
  while (e > start && /[\s.,]/.test(text[e - 1] ?? '')) e--;
  const claim = text.slice(start, e);
  if (claim.split(/\s+/).length < MIN_WORDS) return null;
  return {
    text: claim,
    kind: 'indirect',
    speaker: a.speaker,
    speakerKind: a.kind,
    speakerDescription: a.description,
    evidence: evidenceAt(scope.ctx, start, e, confidence),
  };
}

/** "According to X, …" opening the sentence, or "…, according to X." closing it. */
function accordingClaim(scope: AttributionScope, s: Sentence): QuoteItem | null {
  const text = scope.ctx.text;
  for (const cue of accordingToCues(scope, s.start, s.end, s.start)) {
    if (cue.start === s.start) {
      const comma = text.indexOf(',', cue.at);
      if (comma > 0 && comma < s.end)
        return make(scope, cue.source, comma + 1 + (text[comma + 1] === ' ' ? 1 : 0), s.end, 0.6);
    } else if (
      /,\s*$/.test(text.slice(s.start, cue.start)) &&
      !/[,;]/.test(text.slice(cue.at, s.end).replace(/,\s*$/, ''))
    ) {
      return make(scope, cue.source, s.start, cue.start, 0.6);
    }
  }
  return null;
}

/** "X (also) said (that) …": the first reporting verb with a speaker for subject; the claim follows it. */
function verbClaim(scope: AttributionScope, s: Sentence): QuoteItem | null {
  const text = scope.ctx.text;
  const head = text.slice(s.start, Math.min(s.end, s.start + VERB_REACH));
  for (const m of head.matchAll(/\p{L}+/gu)) {
    if (!REPORTING_VERBS.has(m[0].toLowerCase())) continue;
    const verbStart = s.start + (m.index ?? 0);
    const subject = speakerEndingAt(scope, verbStart, s.start);
    if (!subject) return null;
    const rest = /^\s+(?:(?:again|previously|publicly|repeatedly)\s+)?(?:that\s+)?/.exec(
      text.slice(verbStart + m[0].length, s.end),
    );
    return make(scope, subject, verbStart + m[0].length + (rest?.[0].length ?? 0), s.end, 0.65);
  }
  return null;
}
