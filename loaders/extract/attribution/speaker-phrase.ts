import { SAYING_VERBS } from '../../gazetteer/saying-verbs.js';
import {
  possessed,
  speakersStartingIn,
  toAttribution,
  type Attribution,
  type SpeakerMention,
} from './speaker-mentions.js';
import { lowerBound } from '../../text/lower-bound.js';
import type { AttributionScope } from './attribution-rule.js';
import { describedSpeaker } from './described-speaker.js';
import { personBySurnameTypo } from './misspelled-surname.js';
import { agreesInGender } from './person-gender.js';
import { insideOtherQuote } from './quote-spans.js';

/** Words that may stand between a subject and its verb ("X also said", "X has repeatedly said"). */
const ADVERBS = new Set([
  'also',
  'has',
  'had',
  'have',
  'later',
  'then',
  'repeatedly',
  'previously',
  'once',
  'recently',
  'further',
  'reportedly',
  'publicly',
  'again',
  'often',
  'would',
  'will',
  'privately',
  'simply',
  'flatly',
  'bluntly',
  'quickly',
  'separately',
  'similarly',
  'earlier',
  'initially',
  'ultimately',
  'first',
  'last',
  'already',
  'frequently',
  'specifically',
  'angrily',
  'proudly',
]);
/** Words that never belong to a title standing between an organization and a named person. */
const NOT_TITLE = new Set([
  'that',
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
  'from',
  'who',
  'which',
  'as',
  'at',
  'of',
  'it',
  'this',
]);
/** "Ana Ruiz’s office said": those who speak for someone, so that the one they speak for is the speaker. */
const OWNED_VOICE =
  /['’]s?\s+(?:office|campaign|team|staff|aides?|spokes(?:man|woman|person)|representatives?|lawyers?|attorneys?|press office)$/i;
/** How far an appositive (", a spokesman for the agency,") may run between a subject and its verb. */
const APPOSITIVE_MAX = 140;
const PRONOUN_REACH = 600;

/**
 * The speaker named at the start of a phrase ("said Justice Department spokesman Ana Ruiz"): the first
 * speaker mention starting within `reach`, then, through a possessive or a title, the named person or
 * the owned body it leads to ("ICE Deputy Director Ana Ruiz", "Syracuse University’s TRAC").
 */
export function speakerStartingNear(scope: AttributionScope, at: number, reach: number): Attribution | null {
  const first = firstSpeakerIn(scope, at, at + reach);
  if (!first || crossesPhrase(scope.ctx.text.slice(at, first.start))) return null;
  return toAttribution(throughTitle(scope, possessed(scope.ctx.text, scope.speakers, first)));
}

/**
 * A name past a comma or a sentence end belongs to another phrase ("per the outlet, Border Patrol …");
 * the period of an abbreviated title ("said Rep. Ana Ruiz") ends nothing.
 */
function crossesPhrase(between: string): boolean {
  return (
    /[,;:!?]/.test(between) || between.split(/\s+/).some((w) => w.endsWith('.') && !/^\p{Lu}\p{L}{0,4}\.$/u.test(w))
  );
}

function firstSpeakerIn(scope: AttributionScope, from: number, to: number): SpeakerMention | undefined {
  for (const s of speakersStartingIn(scope.speakers, from, to)) if (!insideOtherQuote(scope, s.start, from)) return s;
  return undefined;
}

/** "ICE Deputy Director Ana Ruiz": a body followed by a title and a named person stands for the person. */
function throughTitle(scope: AttributionScope, s: SpeakerMention): SpeakerMention {
  if (s.kind === 'person') return s;
  const text = scope.ctx.text;
  for (const next of speakersStartingIn(scope.speakers, s.end, s.end + 60)) {
    if (next.kind !== 'person') continue;
    const between = text.slice(s.end, next.start).replace(/^['’]s?/, '');
    const words = between.trim().split(/\s+/).filter(Boolean);
    const titleLike =
      /^\s+(?:[\p{L}.-]+\s+){0,4}$/u.test(between) &&
      words.every((w) => !NOT_TITLE.has(w.toLowerCase()) && !SAYING_VERBS.has(w.toLowerCase()));
    return titleLike ? next : s;
  }
  return s;
}

/**
 * Who the words ending at `end` name, read backwards as a clause's subject: a named speaker, skipping
 * adverbs, a bracketed acronym and an appositive ("Ana Ruiz, a spokeswoman for the agency,"); a pronoun;
 * a description of someone already named ("the department", "the mayor", "federal immigration
 * officials"); a place speaking as its government ("Texas argued"); a misspelt surname of someone named.
 */
export function speakerEndingAt(scope: AttributionScope, end: number, floor: number): Attribution | null {
  const text = scope.ctx.text;
  let e = skipBack(text, end, floor);
  // "Harbor Poultry, which says …": a relative pronoun stands for the name before it.
  const relative = /,\s*(?:which|who)$/.exec(text.slice(Math.max(floor, e - 8), e));
  if (relative) e = skipBack(text, e - relative[0].length, floor);
  const named = namedEndingAt(scope, e, floor);
  if (named) return named;
  const appositive = appositiveBefore(scope, e, floor);
  if (appositive === null) return null;
  // "A spokesman for ICE, Ana Ruiz, said": the name set off by commas is the subject it describes.
  const inner = personBetween(scope, appositive, e);
  return inner ?? namedEndingAt(scope, appositive, floor);
}

function personBetween(scope: AttributionScope, from: number, to: number): Attribution | null {
  const text = scope.ctx.text;
  const s = mentionEndingAt(scope.speakers, skipBack(text, to - 1, from));
  return s && s.kind === 'person' && !/\p{L}/u.test(text.slice(from, s.start).replace(/^[\s,]*/, ''))
    ? toAttribution(s)
    : null;
}

/** "The court this past Monday found": when a statement was made, between its subject and its verb. */
const TIME_BEFORE_VERB =
  /\s(?:on\s+|this\s+past\s+|last\s+|this\s+|early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night|today|yesterday)$/u;

/** Moves back over spaces, closing brackets, adverbs, a time ("on Monday") and a short bracketed tag ("(DHS)", "(R-Ohio)"). */
function skipBack(text: string, end: number, floor: number): number {
  let e = end;
  for (;;) {
    while (e > floor && /[\s\]]/.test(text[e - 1] ?? '')) e--;
    const tail = text.slice(Math.max(floor, e - 24), e);
    const acronym = /\s*\([^()\s]{1,12}\)$/.exec(tail);
    if (acronym) {
      e -= acronym[0].length;
      continue;
    }
    const when = TIME_BEFORE_VERB.exec(text.slice(Math.max(floor, e - 40), e));
    if (when) {
      e -= when[0].length;
      continue;
    }
    const word = /(?:^|[\s,])(\p{L}+)$/u.exec(tail);
    if (word?.[1] && ADVERBS.has(word[1].toLowerCase())) {
      e -= word[1].length;
      continue;
    }
    return e;
  }
}

/** Where the subject before ", an appositive," ends, when the text before `end` closes one. */
function appositiveBefore(scope: AttributionScope, end: number, floor: number): number | null {
  const text = scope.ctx.text;
  if (text[end - 1] !== ',') return null;
  const from = Math.max(floor, end - APPOSITIVE_MAX);
  const open = text.lastIndexOf(',', end - 2);
  if (open < from) return null;
  const inner = text.slice(open + 1, end - 1);
  if (
    /[.;:“”"]/.test(inner) ||
    inner
      .trim()
      .split(/\s+/)
      .some((w) => SAYING_VERBS.has(w.toLowerCase()))
  )
    return null;
  return skipBack(text, open, floor);
}

function namedEndingAt(scope: AttributionScope, end: number, floor: number): Attribution | null {
  const text = scope.ctx.text;
  const s = mentionEndingAt(scope.speakers, end);
  if (s && !insideOtherQuote(scope, s.start, end)) return toAttribution(s);
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(floor, end - 12), end))?.[1];
  if (word && /^(?:he|she|it|they)$/i.test(word) && isWordStart(text, end - word.length)) {
    return resolvePronounOutsideQuotes(scope, word, end - word.length);
  }
  const owner = OWNED_VOICE.exec(text.slice(Math.max(floor, end - 40), end));
  if (owner) {
    const o = mentionEndingAt(scope.speakers, end - owner[0].length);
    if (o && !o.description) return toAttribution(o);
  }
  const described = describedSpeaker(scope, text.slice(Math.max(floor, end - 60), end), end);
  if (described) return described;
  const place = scope.entities.at(end - 1, ['place']);
  if (place && place.end === end) return { speaker: place.name, kind: 'organization', description: null };
  const typo = word && isWordStart(text, end - word.length) ? personBySurnameTypo(scope.people, word) : null;
  return typo ? { speaker: typo.name, kind: 'person', description: null } : null;
}

function isWordStart(text: string, at: number): boolean {
  return !/\p{L}/u.test(text[at - 1] ?? '');
}

/** Of the speakers ending exactly at an offset, the one starting first (the longest). */
function mentionEndingAt(speakers: readonly SpeakerMention[], end: number): SpeakerMention | undefined {
  let best: SpeakerMention | undefined;
  for (let i = lowerBound(speakers, end) - 1; i >= 0 && end - speakers[i]!.start <= 200; i--) {
    const s = speakers[i]!;
    if (s.end === end) best = s;
  }
  return best;
}

/**
 * A pronoun refers to the last one named in the narration that agrees with it ("he"/"she" a person of
 * that gender when the article tells it, "it" a body, "they" a body or a source), never to a name inside
 * someone's quotation; `at` is where that one was named.
 */
export function resolvePronounOutsideQuotes(
  scope: AttributionScope,
  pronoun: string,
  at: number,
): (Attribution & { readonly at: number }) | null {
  const p = pronoun.toLowerCase();
  const wantPerson = p === 'he' || p === 'she';
  for (let i = lowerBound(scope.speakers, at) - 1; i >= 0; i--) {
    const s = scope.speakers[i]!;
    if (s.start < at - PRONOUN_REACH) break;
    if (s.end > at || insideOtherQuote(scope, s.start, at)) continue;
    if (wantPerson === (s.kind === 'person') && (!wantPerson || agreesInGender(p, scope.genders.get(s.name) ?? null)))
      return { ...toAttribution(s), at: s.start };
  }
  return null;
}

/** A described speaker is read over at most this many words after a verb ("a spokesperson for the group"). */
const DESCRIPTION_WORDS = 7;

/**
 * Someone described, not named, in the words starting at `at` ("said a spokesperson for the group", "said
 * the agency’s director"): the longest run of words, up to punctuation, that names someone.
 */
export function describedStartingAt(scope: AttributionScope, at: number, to: number): Attribution | null {
  const text = scope.ctx.text;
  const phrase = /^[^,.;:!?“”"]*/.exec(text.slice(at, Math.min(to, at + 120)))?.[0] ?? '';
  let found: Attribution | null = null;
  let n = 0;
  for (const w of phrase.matchAll(/\S+/g)) {
    if (++n > DESCRIPTION_WORDS) break;
    const end = at + (w.index ?? 0) + w[0].length;
    found = describedSpeaker(scope, text.slice(at, end), end) ?? found;
  }
  return found;
}
