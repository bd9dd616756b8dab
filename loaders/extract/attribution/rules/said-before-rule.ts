import { SAYING_VERBS } from '../../gazetteer/saying-verbs.js';
import type { Token } from '../../text/tokens.js';
import { attributed, QUOTES_AND_FIGURES, type AttributionRule, type AttributionScope, type AttributionTarget } from '../attribution-rule.js';
import { insideOtherQuote, speakerEndingAt, speakerStartingNear } from '../speaker-phrase.js';
import { toAttribution } from '../../speakers.js';

/** Verbs that may come before their subject ("said Ana Ruiz, the mayor"). */
const INVERTING = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'asked', 'explained', 'noted']);

/**
 * "X said (that) …", "X, a spokeswoman, told reporters …", "he said …", "San Francisco argued …": the
 * subject of the last verb of saying before the words, outside other quotations. For a quotation whose
 * verb's subject is no speaker, the first speaker of the clause ("In a statement, the DOJ emphasized …").
 */
export const saidBeforeRule: AttributionRule = {
  name: 'said-before',
  targets: QUOTES_AND_FIGURES,
  attribute(t, scope) {
    const verb = lastVerbBefore(scope, t);
    if (!verb) return null;
    const subject = speakerEndingAt(scope, verb.start, t.from);
    if (subject) return attributed(subject, saidBeforeRule.name, 0.9);
    if (INVERTING.has(verb.text.toLowerCase())) {
      const inverted = speakerStartingNear(scope, verb.end, 3);
      if (inverted) return attributed(inverted, saidBeforeRule.name, 0.85);
    }
    if (t.kind !== 'quote') return null;
    const first = scope.speakers.find((s) => s.start >= t.from && s.end <= verb.start && !/^['’]/.test(scope.ctx.text.slice(s.end, s.end + 1)) && !insideOtherQuote(scope, s.start, t.start));
    return first ? attributed(toAttribution(first), saidBeforeRule.name, 0.7) : null;
  },
};

function lastVerbBefore(scope: AttributionScope, t: AttributionTarget): Token | null {
  const { ctx } = scope;
  const toks = ctx.tokens;
  for (let i = ctx.tokenIndexAt(t.start) - 1; i >= 0; i--) {
    const tok = toks[i]!;
    if (tok.start < t.from) break;
    const low = tok.text.toLowerCase();
    if (tok.kind === 'word' && SAYING_VERBS.has(low) && low !== 'according' && !insideOtherQuote(scope, tok.start, t.start)) return tok;
  }
  return null;
}
