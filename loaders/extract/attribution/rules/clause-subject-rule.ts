import { SAYING_VERBS } from '../../gazetteer/saying-verbs.js';
import { speakersWithin, toAttribution } from '../../speakers.js';
import { attributed, type AttributionRule } from '../attribution-rule.js';
import { describedSpeaker } from '../described-speaker.js';
import { insideOtherQuote } from '../speaker-phrase.js';

/** Words after which a name is an object, a modifier or in another clause, not the one stating the figure. */
const GOVERNED =
  /\b(?:of|on|against|to|for|with|from|at|in|into|toward|towards|about|by|over|under|than|between|among|and|or|after|before|since|when|while|because|until|as)\s+(?:the\s+)?$/i;
/** "The department", "The federal agency": a description opening the sentence, of one or two words. */
const OPENING_DESCRIPTIONS = [/^\s*(?:The|This|That)\s+[\p{L}-]+/u, /^\s*(?:The|This|That)\s+[\p{L}-]+\s+[\p{L}-]+/u];

/**
 * The weakest guess: the body or person the figure's clause is about, when it comes before the figure
 * as its subject ("The Department of Justice charged over 3,000 …", "The department requested $45
 * million"). A name after a preposition ("attacks on ICE agents"), a possessive ("Trump’s presidency") or
 * a verb of saying with a subject of its own is not the figure's source.
 */
export const clauseSubjectRule: AttributionRule = {
  name: 'clause-subject',
  targets: new Set(['figure']),
  attribute(t, scope) {
    const text = scope.ctx.text;
    const from = afterLastVerb(text, t.from, t.start);
    const candidates = speakersWithin(scope.speakers, from, t.start).filter(
      (s) =>
        !/^['’]/.test(text.slice(s.end, s.end + 1)) &&
        !GOVERNED.test(text.slice(Math.max(t.from, s.start - 20), s.start)) &&
        !insideOtherQuote(scope, s.start, t.start),
    );
    const s = candidates.pop();
    if (s) return attributed(toAttribution(s), clauseSubjectRule.name, 0.4);
    if (from !== t.from) return null;
    for (const re of OPENING_DESCRIPTIONS) {
      const opening = re.exec(text.slice(t.from, t.start))?.[0];
      const described = opening ? describedSpeaker(scope, opening, t.from + opening.length) : null;
      if (described) return attributed(described, clauseSubjectRule.name, 0.4);
    }
    return null;
  },
};

/** Where the words after the last verb of saying before the figure begin (the stretch's start if none). */
function afterLastVerb(text: string, from: number, to: number): number {
  const words = [...text.slice(from, to).matchAll(/\p{L}+/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (SAYING_VERBS.has(w[0].toLowerCase())) return from + (w.index ?? 0) + w[0].length;
  }
  return from;
}
