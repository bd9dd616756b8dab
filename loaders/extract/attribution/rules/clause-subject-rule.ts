import { SAYING_VERBS } from '../../../gazetteer/saying-verbs.js';
import { speakersWithin, toAttribution, type Attribution } from '../speaker-mentions.js';
import { attributed, type AttributionRule, type AttributionScope } from '../attribution-rule.js';
import { describedSpeaker } from '../described-speaker.js';
import { insideOtherQuote } from '../quote-spans.js';

/** Words after which a name is an object, a modifier or in another clause, not the one stating the figure. */
const GOVERNED =
  /\b(?:of|on|against|to|for|with|from|at|in|into|toward|towards|about|by|over|under|than|between|among|and|or|after|before|since|when|while|because|until|as|outside|inside|near|across|through|behind|within|without|beyond|along|around|throughout|via)\s+(?:the\s+)?$/i;
/**
 * After a preposition a name may still head the clause stating the figure: "owned by Harbor Foods, which
 * has 6,500 employees"; "with the DOJ (DOJ) setting a record of 6,200".
 */
const CLAUSE_HEAD = /^(?:,?\s+(?:which|who|that)\b|(?:\s*\([A-Z][A-Za-z&.]{1,9}\))?\s+\p{L}+ing\b)/u;
/**
 * A comma or dash that ends the name's clause; neither a thousands separator, nor one opening a participle
 * ("…, bringing the total to 6,200") or a comparison ("…, up from 2,100 in March") does.
 */
const CLAUSE_BREAK = /(?<!\d)[,;:—–](?!\d)(?!\s*(?:\p{L}+ing|up from|down from|compared (?:with|to)|versus)\b)/u;
/** A description opening the sentence is read from its first one to four words ("The department", "Federal immigration officials"). */
const OPENING_WORDS = /^\s*(?:[\p{L}.-]+\s+){0,3}/u;

/**
 * The weakest guess: the body or person the figure's clause is about, when it comes before the figure
 * as its subject ("The Department of Justice charged over 3,000 …", "The department requested $45
 * million"). A name after a preposition ("attacks on ICE agents"), a possessive ("Trump’s presidency"),
 * in another clause ("outside the ICE office, where 300 were held") or before a verb of saying with a
 * subject of its own is not the figure's source.
 */
export const clauseSubjectRule: AttributionRule = {
  name: 'clause-subject',
  targets: new Set(['figure']),
  attribute(t, scope) {
    const text = scope.ctx.text;
    const from = afterLastVerb(scope, t.from, t.start);
    const candidates = speakersWithin(scope.speakers, from, t.start).filter((s) => {
      const heads = CLAUSE_HEAD.test(text.slice(s.end, s.end + 30));
      return (
        !/^['’]/.test(text.slice(s.end, s.end + 1)) &&
        text[s.start - 1] !== '(' &&
        (heads ||
          (!GOVERNED.test(text.slice(Math.max(t.from, s.start - 20), s.start)) &&
            !CLAUSE_BREAK.test(text.slice(s.end, t.start)))) &&
        !insideOtherQuote(scope, s.start, t.start)
      );
    });
    const s = candidates.pop();
    if (s) return attributed(toAttribution(s), clauseSubjectRule.name, 0.4);
    if (from !== t.from) return null;
    // "The department requested …", "Over the next two years, officials plan to reach 5,000".
    for (const start of new Set([t.from, clauseStart(text, t.from, t.start)])) {
      const described = openingDescription(scope, start, t.start);
      if (described) return attributed(described, clauseSubjectRule.name, 0.4);
    }
    return null;
  },
};

function openingDescription(scope: AttributionScope, from: number, to: number): Attribution | null {
  const text = scope.ctx.text;
  const words = [...(OPENING_WORDS.exec(text.slice(from, to))?.[0] ?? '').matchAll(/\S+/g)];
  for (const w of words) {
    const end = from + (w.index ?? 0) + w[0].length;
    const described = describedSpeaker(scope, text.slice(from, end).trimStart(), end);
    if (described) return described;
  }
  return null;
}

/** Where the figure's own clause starts: after the last clause break before it. */
function clauseStart(text: string, from: number, to: number): number {
  let at = from;
  for (const m of text.slice(from, to).matchAll(new RegExp(CLAUSE_BREAK.source, 'gu'))) at = from + (m.index ?? 0) + 1;
  return at;
}

/** Where the words after the last finite verb of saying before the figure begin (the stretch's start if none). */
function afterLastVerb(scope: AttributionScope, from: number, to: number): number {
  const { ctx } = scope;
  for (let i = ctx.tokenIndexAt(to) - 1; i >= 0; i--) {
    const w = ctx.tokens[i]!;
    if (w.start < from) break;
    // A participle ("adding tents", "noting") heads no clause of its own.
    if (w.kind === 'word' && SAYING_VERBS.has(w.text.toLowerCase()) && !w.text.endsWith('ing')) return w.end;
  }
  return from;
}
