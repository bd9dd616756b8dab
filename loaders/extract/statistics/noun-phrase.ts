import { isWord, type Word } from './words.js';

/** Words that end a counted noun phrase: function words, adverbs, days and months, adjectives of size. */
export const BREAK = new Set(
  (
    'in on at to from since during by with as than that which who whom were was is are have has had be been being ' +
    'will would could can may might should and or but between after before over under into through per a an the ' +
    'this these those its their his her our because while when if so last compared up down each alone apiece ' +
    'year month week day since among across along against around about for within without out off nearly almost ' +
    'more less only just now still also already even ever inside outside near behind beyond toward towards via amid ' +
    'despite monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january february march ' +
    'april june july august september october november december whose back strong high long wide deep tall currently ' +
    'reportedly allegedly illegally unlawfully legally previously recently initially eventually ultimately'
  ).split(' '),
);
/** Past participles: regular ones, and the irregular ones news copy uses most. */
export const PARTICIPLE_RE =
  /^(?:\p{L}+ed|sent|held|made|taken|brought|caught|kept|seen|given|found|shown|known|done|sworn|born|struck|left|paid|sold|built|bought|told|led|lost|spent|stolen|driven|written|shot|beaten|thrown|flown|grown|drawn|chosen|hidden|torn|put|set|cut|hit|hurt|won|met)$/u;
/** Nouns that count persons: their figures are in "people", so that "migrants" and "individuals" compare. */
const PEOPLE_NOUNS = new Set([
  'aliens',
  'immigrants',
  'individuals',
  'migrants',
  'people',
  'persons',
  'members',
  'children',
  'families',
  'adults',
  'minors',
  'noncitizens',
  'detainees',
  'defendants',
  'asylum-seekers',
  'residents',
  'workers',
  'men',
  'women',
  'undocumented',
]);
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff']);
/** "a day", "per week", "each month": the figure is a rate. */
const RATE_RE = /^(?:a|an|per|each|every)$/i;
const RATE_UNITS = new Set(['day', 'week', 'month', 'year', 'hour']);

export interface NounPhrase {
  readonly words: Word[];
  readonly core: string[];
  readonly participle: boolean;
  /** "who avoided capture" follows: the phrase counts people whatever its noun ("864 others who …"). */
  readonly persons: boolean;
  readonly per: string | null;
}

/**
 * The noun phrase a figure counts, from the words after it: up to six words, an "of" phrase, a closing
 * participle ("cases filed") or a "who" clause, and a rate ("a day") when one follows. With `ofPhrase`
 * (percentages) it must open with "of" ("40% of detainees").
 */
export function nounPhraseAfter(after: readonly Word[], ofPhrase: boolean): NounPhrase | null {
  let i = 0;
  // "12 of his clients", "12 of the 40 detainees": a part counts what its whole counts.
  const partitive = after[0]?.w.toLowerCase() === 'of';
  if (ofPhrase && !partitive) return null;
  if (partitive) {
    i = 1;
    if (/^(?:the|all|those|these|its|their|his|her|our|my|your)$/i.test(after[1]?.w ?? '')) i = 2;
    if (!ofPhrase && /^\d/.test(after[i]?.w ?? '')) i++;
  }
  const words: Word[] = [];
  while (i < after.length && words.length < 6) {
    const w = after[i];
    if (!isWord(w) || BREAK.has(w.w.toLowerCase()) || /^\d/.test(w.w)) break;
    // "cases filed", "people believed", "people trying to": a participle after a plural noun closes the phrase.
    if (words.length && (PARTICIPLE_RE.test(w.w) || /ing$/.test(w.w)) && isPlural(words[words.length - 1]?.w ?? ''))
      break;
    words.push(w);
    i++;
  }
  if (!words.length) return null;
  const core = words.map((w) => w.w);
  const per = rateAt(after, i);
  if (per) return { words, core, participle: false, persons: false, per };
  if (after[i]?.w.toLowerCase() === 'of' && isWord(after[i + 1])) {
    words.push(after[i] as Word);
    i++;
    let n = 0;
    while (i < after.length && n < 6) {
      const w = after[i];
      if (!isWord(w)) break;
      const low = w.w.toLowerCase();
      const prevCap = /^\p{Lu}/u.test(words[words.length - 1]?.w ?? '');
      if (BREAK.has(low) && !(low === 'and' && prevCap && /^\p{Lu}/u.test(after[i + 1]?.w ?? ''))) break;
      words.push(w);
      i++;
      n++;
    }
    if (n === 0) words.pop();
  }
  let participle = false;
  let persons = false;
  const next = after[i];
  if (isWord(next) && PARTICIPLE_RE.test(next.w) && !BREAK.has(next.w.toLowerCase())) {
    words.push(next);
    participle = true;
  } else if (next?.w.toLowerCase() === 'who' && PARTICIPLE_RE.test(after[i + 1]?.w ?? '')) {
    persons = true;
    words.push(next);
    for (let j = i + 1; j < after.length && j <= i + 3; j++) {
      const w = after[j];
      if (!isWord(w) || (BREAK.has(w.w.toLowerCase()) && j > i + 1)) break;
      words.push(w);
    }
  }
  return { words, core, participle, persons, per: rateAt(after, i + (participle ? 1 : 0)) };
}

/** "a day", "per week" at word i: the unit of time of a rate. */
function rateAt(after: readonly Word[], i: number): string | null {
  const unit = after[i + 1]?.w.toLowerCase() ?? '';
  return RATE_RE.test(after[i]?.w ?? '') && RATE_UNITS.has(unit) ? unit : null;
}

/** The counted noun of a phrase, "people" for the many words that count persons. */
export function headOf(core: readonly string[]): string | null {
  const cut = core.findIndex((w, i) => i > 0 && /^(?:of|by|for|in|on|at|along|from|with|to|\()$/i.test(w));
  const nouns = (cut > 0 ? core.slice(0, cut) : core).filter((w) => /\p{L}/u.test(w));
  // "cases pending", "migrants waiting": a postposed -ing word describes the noun before it.
  if (nouns.length > 1 && /ing$/.test(nouns[nouns.length - 1] ?? '')) nouns.pop();
  const head = nouns.pop();
  if (!head) return null;
  const low = head.toLowerCase().replace(/[’']s$/, '');
  return PEOPLE_NOUNS.has(low) ? 'people' : low;
}

export function isPlural(w: string): boolean {
  return /s$/.test(w) || IRREGULAR_PLURALS.has(w.toLowerCase());
}
