import { clauseSubject, SAYING, sentenceSubject } from './clause-subject.js';
import type { Figure } from './figures.js';
import { BREAK, headOf, isPlural, nounPhraseAfter, PARTICIPLE_RE } from './noun-phrase.js';
import { wordsOf, type Word } from './words.js';

const NUMBER_OF_RE =
  /\b(?:number|total|count|tally|roster|share|rate|percentage|level|numbers)\s+of\s+([\p{L}\p{N}\s’'-]+?)\s+(?:to|at|reached|hit|was|is|were|are|stood at|rose to|fell to|has|have|had|spiked|declined|jumped|increased|decreased|dropped|fell|rose|grew|climbed|surged|plummeted)\b/u;
const CONNECTOR_RE =
  /(?:\band|\bor|compared (?:to|with)|up from|down from|\bfrom|versus|vs\.|\bto|,)\s*(?:just|only|about|nearly|some)?\s*$/i;
/**
 * More words after a figure than its noun phrase can read (an "of", a determiner, six words, "of", six
 * more, a participle): reading only these keeps the work per figure constant, not the sentence's length.
 */
const WORDS_AFTER = 24;

export interface MeasureGuess {
  readonly measure: string;
  /** Head noun ("cases"), or null when the measure is borrowed or unknown. */
  readonly head: string | null;
  /** "day" for "300 people a day": the figure is a rate. */
  readonly per: string | null;
  /**
   * How it was found: the words after the figure are best; borrowing from a neighbour is weakest. A
   * frame ("a capacity of", "meant to hold") describes its own number only, so it is never lent.
   */
  readonly how: 'after' | 'frame' | 'number-of' | 'passive' | 'subject' | 'inherit' | 'none';
}

/** What guessMeasure needs to know of a figure. */
export type MeasuredFigure = Pick<Figure, 'start' | 'end' | 'unit' | 'multiplier'>;

/**
 * Characters before a figure searched for its frame ("the number of X rose to") and its clause's
 * subject: enough for a long clause, and a bound on the work per figure however long the sentence.
 */
const CHARS_BEFORE = 240;
const NEAR_CHARS = 60;

/** "a 1,300% increase in assaults": a change whose noun phrase follows it. */
const CHANGE_NOUNS = new Set(
  'increase decrease rise drop decline jump spike surge reduction fall hike growth cut gain climb'.split(' '),
);
/** "a capacity of 3,000 beds", "a backlog of more than 600,000 cases": a frame that tells what the count is. */
const FRAME_BEFORE_RE =
  /\b((?:[\p{L}-]+\s+)?(?:capacity|cost|backlog|average|maximum|minimum|peak|record|increase|decrease|rise|drop|decline|surge|jump|growth|reduction|cut|shortfall|deficit|budget|cap|limit|quota|target|ceiling))\s+(?:of|to|at)\s+$/iu;
const FRAME_DETERMINERS = /^(?:a|an|the|its|their|his|her|our|this|that|new)\s+/i;
const MONEY = new Set(['dollars', 'pounds', 'euros']);
const VERBAL_QUALIFIER_RE = /^(?:exceed|top|surpass)/i;
const COUNT_NOUNS = new Set('number share total count rate level population percentage'.split(' '));
const CAPACITY_VERB_RE =
  /\b(?:hold|holds|accommodate|accommodates|house|houses|seat|seats|fit|fits)\s+(?:up to\s+|about\s+|around\s+)?$/i;
const COST_VERB_RE =
  /\b(?:cost|costs|costing)\s+(?:at least\s+|about\s+|around\s+|nearly\s+|more than\s+|over\s+|up to\s+)?$/i;
const TIMES_COMPARISON_RE = /^\s*(?:as (?:many|much)|more|higher|greater|larger)?\s*(?:than\s+)?/i;
/** Verbs before a figure that add nothing to what it counts ("showed 750 migrants"). */
const EMPTY_VERBS =
  /^(?:reported|recorded|estimated|saw|showed|included|totaled|totalled|numbered|reached|topped|exceeded|surpassed|listed|counted|noted|announced|added|stated|cited|tallied|marked|hit|passed|crossed|needed|required|expected|projected)$/;

/**
 * What a figure counts, in the article's words, read off the clause around it: the noun phrase after it
 * ("illegal aliens"), with a verb from around it ("charged", "filed"); a change's noun phrase ("a 1,300%
 * increase in assaults"); a frame before it ("a capacity of 3,000 beds"); "the number of X …"; a
 * neighbour's measure for "… and 277 in June"; else the subject of the clause whose verb the figure
 * completes ("Border Patrol apprehensions have plummeted by …", "Arrivals … more than tripled"). A
 * subject that is a speaker or a quotation is no measure.
 */
export function guessMeasure(
  sentence: string,
  figure: MeasuredFigure,
  inSentence: MeasureGuess | null,
  inParagraph: MeasureGuess | null,
): MeasureGuess {
  const ofPhrase = figure.unit === 'percent';
  const multiple = figure.unit === 'times';
  // "three times as many arrests", "twice the number of": what is multiplied follows the comparison.
  const after = wordsOf(sentence.slice(figure.end).replace(multiple ? TIMES_COMPARISON_RE : /^$/, ''), WORDS_AFTER);
  const before = sentence.slice(Math.max(0, figure.start - CHARS_BEFORE), figure.start);
  // Patterns anchored at the figure read only its last words: tried at every character, they cost
  // as much as the text they are given.
  const near = before.slice(-NEAR_CHARS);
  const previous = inSentence ?? inParagraph;
  const change = changeAfter(after);
  if ((ofPhrase || multiple) && change) return change;
  // "$3.5 billion for detention": money is measured by what it is for.
  const np = figure.multiplier
    ? null
    : nounPhraseAfter(
        MONEY.has(figure.unit ?? '') && /^(?:for|in|on)$/i.test(after[0]?.w ?? '') ? after.slice(1) : after,
        ofPhrase,
      );
  const frame = frameBefore(near);
  if (np) {
    const verb = /\b(\p{L}+ed|made|sent|hired|caught|held|brought|took)\s+$/u.exec(
      near.replace(
        /(?:more than|over|nearly|almost|about|around|approximately|roughly|some|at least|up to|just|only|a total of|an estimated)\s+$/i,
        '',
      ),
    );
    const words = np.words.map((w) => w.w);
    if (verb?.[1] && !np.participle && !EMPTY_VERBS.test(verb[1])) words.push(verb[1]);
    if (frame) words.unshift(frame, 'of');
    return { measure: words.join(' '), head: np.persons ? 'people' : headOf(np.core), per: np.per, how: 'after' };
  }
  if (frame) return { measure: frame, head: null, per: null, how: 'frame' };
  if (ofPhrase || multiple) {
    const counted = countedAfter(after);
    if (counted) return counted;
  }
  // "a room meant to hold 120", "buses that can carry 40": what holds it is full at this number.
  if (CAPACITY_VERB_RE.test(near))
    return { measure: 'capacity', head: previous?.head ?? null, per: null, how: 'frame' };
  if (COST_VERB_RE.test(near)) return { measure: 'cost', head: null, per: null, how: 'frame' };
  const predicate = predicateAfter(after);
  if (predicate)
    return { measure: predicate.measure, head: predicate.head ?? previous?.head ?? null, per: null, how: 'passive' };
  const numberOf = NUMBER_OF_RE.exec(before);
  if (numberOf?.[1]) {
    const phrase = numberOf[1].trim();
    return { measure: phrase, head: headOf(phrase.split(/\s+/)), per: null, how: 'number-of' };
  }
  // "… and 277 in June": the figure shares its neighbour's measure.
  if (previous && CONNECTOR_RE.test(near)) return { ...previous, how: 'inherit' };
  // "costs exceeding £4m", "arrests topped 900": a qualifier that is a verb completes the subject's clause.
  const verbal = figure.multiplier || VERBAL_QUALIFIER_RE.test(sentence.slice(figure.start, figure.end));
  const subject = clauseSubject(before, verbal) ?? sentenceSubject(before);
  if (subject) return { measure: subject, head: headOf(subject.split(/\s+/)), per: null, how: 'subject' };
  // "7,000 crossings—down 94% from …": a bare percentage is a change of the figure beside it.
  if (ofPhrase && inSentence) return { ...inSentence, how: 'inherit' };
  if (previous) return { ...previous, how: 'inherit' };
  // "Santa Clara County … received $14,800": with nothing else known, the verb says what the sum was.
  const verb =
    /\b(\p{L}+ed|paid|spent|got|won|lost|sent|made|gave)\s+(?:only\s+|just\s+|about\s+|nearly\s+|almost\s+|roughly\s+)?$/u.exec(
      near,
    )?.[1];
  if (verb && !EMPTY_VERBS.test(verb) && !SAYING.has(verb.toLowerCase()))
    return { measure: verb, head: null, per: null, how: 'subject' };
  return { measure: '', head: null, per: null, how: 'none' };
}

/**
 * The figure as the subject of its clause, whose predicate says what it counts: a passive verb ("8,000 in
 * total had been arrested", "300 were deported"), a noun after "are" ("18 are illegal aliens") or what
 * they have ("9 have prior convictions": people with prior convictions).
 */
function predicateAfter(after: readonly Word[]): { measure: string; head: string | null } | null {
  let i = 0;
  if (/^(?:in|all|altogether|more|others)$/i.test(after[i]?.w ?? ''))
    i += /^(?:in)$/i.test(after[i]?.w ?? '') && /^(?:total|all)$/i.test(after[i + 1]?.w ?? '') ? 2 : 1;
  if (after[i]?.w === ',') i++;
  const aux = after[i]?.w.toLowerCase() ?? '';
  if (!/^(?:had|have|has|were|was|are|is|will|would|could|may|might)$/.test(aux)) return null;
  const next = i + 1;
  i = next;
  if (/^(?:been|be|being|already|reportedly|also|since)$/i.test(after[i]?.w ?? '')) i++;
  if (/^(?:been|be)$/i.test(after[i]?.w ?? '')) i++;
  const verb = after[i]?.w ?? '';
  // "were made up of": a phrasal verb describes, it does not say what happened.
  if (/^(?:up|of|out)$/i.test(after[i + 1]?.w ?? '')) return null;
  if (PARTICIPLE_RE.test(verb) && !BREAK.has(verb.toLowerCase())) return { measure: verb, head: null };
  // "18 are illegal aliens", not "8,300, were the lowest": a bare plural noun names a kind of thing.
  if (i !== next || !/^(?:are|were|is|was|have|has|had)$/.test(aux) || after[0]?.w === ',') return null;
  const np = nounPhraseAfter(after.slice(i), false);
  if (!np || !isPlural(np.core[np.core.length - 1] ?? '')) return null;
  const words = np.words.map((w) => w.w).join(' ');
  return /^ha/.test(aux) ? { measure: `with ${words}`, head: null } : { measure: words, head: headOf(np.core) };
}

/** "increased by 50% the number of people in detention": the count the percentage changes. */
function countedAfter(after: readonly Word[]): MeasureGuess | null {
  const at = /^(?:the|a)$/i.test(after[0]?.w ?? '') ? 1 : 0;
  if (!COUNT_NOUNS.has(after[at]?.w.toLowerCase() ?? '') || after[at + 1]?.w.toLowerCase() !== 'of') return null;
  const np = nounPhraseAfter(after.slice(at + 2), false);
  if (!np) return null;
  return {
    measure: [after[at]?.w ?? '', 'of', ...np.words.map((w) => w.w)].join(' '),
    head: headOf(np.core),
    per: null,
    how: 'after',
  };
}

function changeAfter(after: readonly Word[]): MeasureGuess | null {
  const noun = after[0]?.w.toLowerCase() ?? '';
  if (!CHANGE_NOUNS.has(noun)) return null;
  const words = [noun];
  const prep = after[1]?.w.toLowerCase();
  if (prep === 'in' || prep === 'of') {
    const np = nounPhraseAfter(after.slice(2), false);
    if (np) words.push(prep, ...np.words.map((w) => w.w));
  }
  return { measure: words.join(' '), head: null, per: null, how: 'after' };
}

function frameBefore(before: string): string | null {
  const m = FRAME_BEFORE_RE.exec(
    before.replace(
      /(?:more than|over|nearly|almost|about|around|approximately|roughly|some|at least|up to|just|only)\s+$/i,
      '',
    ),
  );
  return m?.[1] ? m[1].replace(FRAME_DETERMINERS, '') : null;
}
