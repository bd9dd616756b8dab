import { wordsOf } from './words.js';

/** Verbs of level or change (and auxiliaries) that close a clause subject before a figure. */
const SUBJECT_STOP = new Set(
  (
    'have has had is are was were will would could can rose fell dropped declined increased plummeted spiked jumped surged ' +
    'soared grew hovered reached topped exceeded accounted totaled totalled stood numbered doubled tripled climbed decreased ' +
    'often also now reportedly marked hit fell quadrupled trebled'
  ).split(' '),
);
/** Verbs of saying: what comes before them is a speaker, not a measure. */
export const SAYING = new Set(
  'said says say told announced reported showed shows noted added stated wrote tweeted estimated estimates'.split(' '),
);
/** A clause subject that is talk or a quotation, not a counted thing: "X said the footage showed", "“ This". */
const NOT_A_SUBJECT_RE =
  /["“”[\]]|\b(?:said|says|say|told|announced|reported|showed|shows|added|noted|stated|wrote|tweeted|according)\b/i;
const LEADING_PREPOSITION_RE =
  /^(?:of|in|on|at|to|for|from|by|with|as|since|during|after|before|under|over|into|through|about)\b/i;

/**
 * The subject of the clause whose verb the figure completes: the words before a verb of level or
 * change ("… have plummeted by", "… totaled"); a figure that is itself the verb ("more than tripled")
 * takes the words before it. A phrase with no such verb is an actor ("DHS announced"), not a measure.
 */
export function clauseSubject(before: string, figureIsVerb: boolean): string | null {
  const clauseStart = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf('—'),
    before.lastIndexOf('–'),
    before.lastIndexOf(':'),
  );
  const clause = before
    .slice(clauseStart + 1)
    .replace(
      /^\s*(?:when|while|as|because|and|but|that|which|where|with|after|before|since|although|though|despite)\s+/i,
      '',
    );
  const ws = wordsOf(clause);
  let out: string[] = [];
  let verbFound = figureIsVerb;
  for (const w of ws) {
    const low = w.w.toLowerCase();
    if (SUBJECT_STOP.has(low)) {
      verbFound = true;
      break;
    }
    if (/^\d/.test(w.w)) break;
    // "Officials said arrests rose": the subject is what comes after the speaker's verb.
    if (SAYING.has(low)) {
      out = [];
      continue;
    }
    if (!out.length && /^(?:the|a|an|this|that|these|those|in|on|at|by|to)$/i.test(low)) continue;
    out.push(w.w);
    if (out.length >= 14) return null;
  }
  if (!verbFound) return null;
  while (out.length && /^(?:in|on|at|of|by|for|from|to|with|the|a|an)$/i.test(out[out.length - 1] ?? '')) out.pop();
  const open = out.lastIndexOf('(');
  if (open >= 0 && !out.slice(open).includes(')')) out = out.slice(0, open);
  const phrase = out
    .join(' ')
    .replace(/\s+([’'])\s*s\b/g, '$1s')
    .replace(/\s+([,)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim();
  if (
    !phrase ||
    /^(?:it|they|that|this|there|he|she|which|who|we|you|i)$/i.test(phrase) ||
    /^(?:up|down|at|by)\b/i.test(phrase)
  )
    return null;
  if (NOT_A_SUBJECT_RE.test(phrase) || LEADING_PREPOSITION_RE.test(phrase)) return null;
  return phrase;
}

/**
 * The words opening the sentence, when the clause just before the figure is only its verb: "Deportations
 * by ICE, the agency says, have exceeded 100,000".
 */
export function sentenceSubject(before: string): string | null {
  const comma = before.indexOf(',');
  const last = before.lastIndexOf(',');
  if (comma <= 0) return null;
  const verb = /^\s*(?:also\s+)?(\p{L}+)/u.exec(before.slice(last + 1))?.[1]?.toLowerCase() ?? '';
  return SUBJECT_STOP.has(verb) ? clauseSubject(`${before.slice(0, comma)} ${verb} `, false) : null;
}
