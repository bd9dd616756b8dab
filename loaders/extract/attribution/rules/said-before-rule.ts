import { SAYING_VERBS } from '../../../gazetteer/saying-verbs.js';
import type { Token } from '../../../text/tokens.js';
import { toAttribution } from '../speaker-mentions.js';
import {
  attributed,
  QUOTES_AND_FIGURES,
  type AttributionRule,
  type AttributionScope,
  type AttributionTarget,
} from '../attribution-rule.js';
import { speakerEndingAt, speakerStartingNear } from '../speaker-phrase.js';
import { insideOtherQuote } from '../quote-spans.js';

/** Verbs that may come before their subject ("said Ana Ruiz, the mayor"). */
const INVERTING = new Set([
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'tweeted',
  'asked',
  'explained',
  'noted',
]);
/** A clause holding one of these before its verb is subordinate: the verb reports something else. */
const SUBORDINATE = /\b(?:after|before|when|while|as|since|because|although|though|if|until|once|whether)\b/i;

/**
 * "X said (that) …", "X, a spokeswoman, told reporters …", "he said …", "Arizona argued …": the subject
 * of a verb of saying before the words, outside other quotations. When reports are nested ("DHS
 * announced that ICE agents reported …"), the outermost speaker is the source the article cites; a verb
 * in a subordinate clause that ends before the words ("after the mayor warned …, officials confirmed …")
 * reports something else.
 * For a quotation whose verb has no speaker for subject, the first speaker of the clause ("In a
 * statement, the DOJ emphasized …").
 */
export const saidBeforeRule: AttributionRule = {
  name: 'said-before',
  targets: QUOTES_AND_FIGURES,
  attribute(t, scope) {
    const verbs = verbsBefore(scope, t);
    for (const verb of verbs) {
      if (
        SUBORDINATE.test(clauseBefore(scope.ctx.text, t.from, verb.start)) &&
        closedBefore(scope.ctx.text, verb.end, t.start)
      )
        continue;
      const subject = speakerEndingAt(scope, verb.start, t.from);
      if (subject) return attributed(subject, saidBeforeRule.name, 0.9);
    }
    const last = verbs[verbs.length - 1];
    if (!last) return null;
    if (INVERTING.has(last.text.toLowerCase())) {
      const inverted = speakerStartingNear(scope, last.end, 3);
      if (inverted) return attributed(inverted, saidBeforeRule.name, 0.85);
    }
    if (t.kind !== 'quote') return null;
    const text = scope.ctx.text;
    const first = scope.speakers.find(
      (s) =>
        s.start >= t.from &&
        s.end <= last.start &&
        !/^['’]/.test(text.slice(s.end, s.end + 1)) &&
        !insideOtherQuote(scope, s.start, t.start),
    );
    return first ? attributed(toAttribution(first), saidBeforeRule.name, 0.7) : null;
  },
};

/** Verbs of saying between the stretch's start and the target, in text order, outside other quotations. */
function verbsBefore(scope: AttributionScope, t: AttributionTarget): Token[] {
  const { ctx } = scope;
  const out: Token[] = [];
  for (let i = ctx.tokenIndexAt(t.from); i < ctx.tokens.length; i++) {
    const tok = ctx.tokens[i]!;
    if (tok.start >= t.start) break;
    const low = tok.text.toLowerCase();
    if (
      tok.kind === 'word' &&
      SAYING_VERBS.has(low) &&
      low !== 'according' &&
      !insideOtherQuote(scope, tok.start, t.start)
    )
      out.push(tok);
  }
  return out;
}

/** True when a clause boundary lies between a verb and the target: the verb's clause ended before it. */
function closedBefore(text: string, verbEnd: number, targetStart: number): boolean {
  return /[,;—–]/.test(text.slice(verbEnd, targetStart));
}

/** The words of a verb's clause before it: back to the last comma, semicolon or dash. */
function clauseBefore(text: string, from: number, verbStart: number): string {
  const before = text.slice(from, verbStart);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf('—'),
    before.lastIndexOf('–'),
  );
  return before.slice(cut + 1);
}
