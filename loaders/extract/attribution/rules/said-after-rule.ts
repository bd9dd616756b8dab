import { SAYING_VERBS } from '../../../gazetteer/saying-verbs.js';
import type { Attribution } from '../speaker-mentions.js';
import type { Token } from '../../../text/tokens.js';
import {
  attributed,
  QUOTES_AND_FIGURES,
  type AttributionRule,
  type AttributionScope,
  type Attributed,
  type AttributionTarget,
  type PreviousQuotation,
} from '../attribution-rule.js';
import { nextQuoteStart } from '../quote-spans.js';
import {
  describedStartingAt,
  resolvePronounOutsideQuotes,
  speakerEndingAt,
  speakerStartingNear,
} from '../speaker-phrase.js';

const PRONOUNS = /^(?:he|she|it|they)$/i;
/** The attribution after a quotation is short: "said X", "X said", "X, a spokeswoman for Y, said". */
const WINDOW_TOKENS = 8;
const SUBJECT_TOKENS = 30;
const COORDINATED = /^\s*(?:and|but|or|while|whereas|so|yet)\b/i;
/** A figure's sentence is read clause by clause after it, up to this many clauses. */
const MAX_CLAUSES = 4;

/**
 * "“…,” said X", "“…,” X said", "“…,” he said", "“…,” the official said"; for a figure, the same at the
 * start of a clause after it ("… 678 cases a year, said Ana Ruiz, a spokeswoman").
 */
export const saidAfterRule: AttributionRule = {
  name: 'said-after',
  targets: QUOTES_AND_FIGURES,
  attribute(t, scope) {
    for (const at of clauseStarts(scope, t)) {
      const found = saidAt(scope, at, Math.min(t.to, nextQuoteStart(scope.quotes, at)), t.previous ?? null);
      if (found) return found;
    }
    return null;
  },
};

function* clauseStarts(scope: AttributionScope, t: AttributionTarget): Generator<number> {
  if (t.kind === 'quote') {
    yield t.end;
    return;
  }
  const text = scope.ctx.text;
  let at = t.end;
  for (let n = 0; n < MAX_CLAUSES; n++) {
    const comma = text.indexOf(',', at);
    if (comma < 0 || comma >= t.to) return;
    // ", and ICE reports estimate …" opens a clause of its own, with its own figures.
    if (COORDINATED.test(text.slice(comma + 1, comma + 12))) return;
    yield comma + 1;
    at = comma + 1;
  }
}

function saidAt(
  scope: AttributionScope,
  from: number,
  to: number,
  previous: PreviousQuotation | null,
): Attributed | null {
  const toks = clauseTokens(scope, from, to);
  let i = 0;
  while (toks[i]?.kind === 'punct') i++;
  const first = toks[i];
  if (!first) return null;
  const low = first.text.toLowerCase();
  if (SAYING_VERBS.has(low)) {
    const window = toks[Math.min(toks.length - 1, i + WINDOW_TOKENS)]?.end ?? to;
    const s = speakerStartingNear(scope, first.end, window - first.end) ?? describedStartingAt(scope, first.end, to);
    if (s) return attributed(s, saidAfterRule.name, 0.9);
    const pro = toks[i + 1];
    if (pro && PRONOUNS.test(pro.text)) return pronoun(scope, pro, previous);
    return null;
  }
  if (PRONOUNS.test(low) && SAYING_VERBS.has(toks[i + 1]?.text.toLowerCase() ?? ''))
    return pronoun(scope, first, previous);
  const verb = firstVerb(toks, i);
  // "…,” citing Mayor Ana Ruiz, who called …": a verb in a relative clause attributes nothing here.
  if (!verb || /\b(?:who|which|that)\s+(?:\p{L}+\s+)?$/u.test(scope.ctx.text.slice(first.start, verb.start)))
    return null;
  const s = speakerEndingAt(scope, verb.start, first.start);
  return s ? attributed(s, saidAfterRule.name, 0.9) : null;
}

/**
 * The article's own tokens from `from` (words, commas and periods; no more than a clause's attribution
 * can need): tokenizing each clause again made figures in long sentences a large share of extraction.
 */
function clauseTokens(scope: AttributionScope, from: number, to: number): Token[] {
  const { ctx } = scope;
  const out: Token[] = [];
  for (let i = ctx.tokenIndexAt(from); i < ctx.tokens.length && out.length < SUBJECT_TOKENS + 2; i++) {
    const t = ctx.tokens[i]!;
    if (t.end > to) break;
    if (t.kind !== 'punct' || t.text === ',' || t.text === '.') out.push(t);
  }
  return out;
}

/** The first verb of saying in the clause, before its end. */
function firstVerb(toks: readonly Token[], from: number): Token | null {
  for (let k = from; k < Math.min(toks.length, from + SUBJECT_TOKENS); k++) {
    const t = toks[k]!;
    if (t.text === '.') return null;
    if (t.kind === 'word' && SAYING_VERBS.has(t.text.toLowerCase())) return t;
  }
  return null;
}

/**
 * A pronoun refers to the last one named that agrees with it; when nobody agreeing was named since the
 * quotation before ("the agency said in a statement. “…,” they added"), to that quotation's speaker.
 */
function pronoun(scope: AttributionScope, t: Token, previous: PreviousQuotation | null): Attributed | null {
  const named = resolvePronounOutsideQuotes(scope, t.text, t.start);
  const goesOn = !!previous && agrees(t.text, previous.speaker) && !(named && named.at > previous.at);
  const a = goesOn ? previous.speaker : named;
  return a ? attributed(a, saidAfterRule.name, 0.85) : null;
}

function agrees(pronoun: string, a: Attribution): boolean {
  const p = pronoun.toLowerCase();
  if (p === 'he' || p === 'she') return a.kind === 'person';
  return p === 'they' || a.kind !== 'person';
}
