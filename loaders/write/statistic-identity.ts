/**
 * When are two extracted figures the same claim, and when do they disagree? Articles restate a figure in
 * their own words ("over 6,200 criminal immigration cases" / "over 6200 prosecutions"), so identity is
 * lenient about words: the same value and range, compatible unit, period and place, and a shared word for
 * what is counted, with the domain's synonyms folded together. The same value is strong evidence; a
 * different value is none, so disagreement is strict: see `comparisonKey`.
 */
import type { StatisticItem } from '../extraction.js';

const STOP = new Set(
  'a an the of in on at to for from by with and or as is are was were be been has have had its their his her this that these those than into over under more less about after before since during between per new number total u.s us single month monthly year yearly'.split(
    ' ',
  ),
);

// Words that count the same thing in this domain. A Map, not an object: looked up by any word of an
// article, an object answers "constructor" with a function, which no database can store.
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['prosecution', 'case'],
  ['charge', 'case'],
  ['indictment', 'case'],
  ['removal', 'deportation'],
  ['deportee', 'deportation'],
  ['immigrant', 'person'],
  ['migrant', 'person'],
  ['alien', 'person'],
  ['individual', 'person'],
  ['people', 'person'],
  ['percentage', 'percent'],
  ['%', 'percent'],
]);

function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The content words of what a figure counts, stemmed and with synonyms folded, sorted. */
export function measureWords(
  statistic: Pick<StatisticItem, 'measure' | 'unit'>,
  stop: ReadonlySet<string> = STOP,
): string[] {
  const words = `${statistic.measure} ${statistic.unit ?? ''}`
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z%]+/)
    .filter((word) => word && !stop.has(word))
    .map((word) => {
      const stemmed = stem(word);
      return SYNONYMS.get(stemmed) ?? stemmed;
    });
  return [...new Set(words)].sort();
}

// "New" tells a flow from a stock: 12 new judges and 300 judges are two measures, not two values of one.
const KEY_STOP: ReadonlySet<string> = new Set([...STOP].filter((word) => word !== 'new'));
const YEAR = /\b(?:19|20)\d\d\b/;

/**
 * Two figures disagree when they have the same key, are about the same place (or both about none) and
 * claim values that cannot both be true (`claimedRange`). The key holds the rest of the rule: the same
 * words for what is counted, unit included (a share and a count never compare), and the same period,
 * placed in time: resolved to dates, or, when not resolved, written with its year ("fiscal 2018"). A
 * vague amount, or a period that cannot be placed ("in a single month", "March" with no year), compares
 * with nothing: null. The place is left to the graph because places are nodes an analyst may merge.
 */
export function comparisonKey(
  statistic: Pick<StatisticItem, 'value' | 'measure' | 'unit' | 'period' | 'periodStart' | 'periodEnd'>,
): string | null {
  if (statistic.value === null) return null;
  const period = statistic.periodStart
    ? `${statistic.periodStart}/${statistic.periodEnd ?? ''}`
    : statistic.period && YEAR.test(statistic.period)
      ? statistic.period.toLowerCase().replace(/\s+/g, ' ').trim()
      : null;
  const words = measureWords(statistic, KEY_STOP);
  if (period === null || words.length === 0) return null;
  return `${words.join(' ')}|${period}`;
}

export interface StoredStatistic {
  readonly id: string;
  readonly value: number | null;
  readonly valueHigh: number | null;
  readonly unit: string | null;
  readonly periodStart: string | null;
  readonly placeId: string | null;
  readonly measureWords: readonly string[];
}

const compatible = <T>(a: T | null, b: T | null) => a === null || b === null || a === b;

export function isSameClaim(candidate: StoredStatistic, incoming: Omit<StoredStatistic, 'id'>): boolean {
  if (candidate.value !== incoming.value || candidate.valueHigh !== incoming.valueHigh) return false;
  if (!compatible(unitClass(candidate.unit), unitClass(incoming.unit))) return false;
  if (!compatible(candidate.periodStart, incoming.periodStart)) return false;
  if (!compatible(candidate.placeId, incoming.placeId)) return false;
  return candidate.measureWords.some((word) => incoming.measureWords.includes(word));
}

/** What a unit counts, so "people" and "persons" compare; stored on each figure for the candidate lookup. */
export function unitClass(unit: string | null): string | null {
  if (unit === null) return null;
  const word = stem(unit.toLowerCase());
  return SYNONYMS.get(word) ?? word;
}
