/**
 * When are two extracted figures the same claim? Articles restate a figure in their own words ("over
 * 6,200 criminal immigration cases" / "over 6200 prosecutions"), so identity is: the same value and range,
 * compatible unit, period and place, and a shared word for what is counted, with the domain's synonyms
 * folded together. Figures that match in measure, period and place but not in value disagree.
 */
import type { StatisticItem } from '../extraction.js';

const STOP = new Set(
  'a an the of in on at to for from by with and or as is are was were be been has have had its their his her this that these those than into over under more less about after before since during between per new number total u.s us single month monthly year yearly'.split(' '),
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
export function measureWords(statistic: Pick<StatisticItem, 'measure' | 'unit'>): string[] {
  const words = `${statistic.measure} ${statistic.unit ?? ''}`
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z%]+/)
    .filter((word) => word && !STOP.has(word))
    .map((word) => {
      const stemmed = stem(word);
      return SYNONYMS.get(stemmed) ?? stemmed;
    });
  return [...new Set(words)].sort();
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

export function isSameClaim(
  candidate: StoredStatistic,
  incoming: Omit<StoredStatistic, 'id'>,
): boolean {
  if (candidate.value !== incoming.value || candidate.valueHigh !== incoming.valueHigh) return false;
  if (!compatible(unitClass(candidate.unit), unitClass(incoming.unit))) return false;
  if (!compatible(candidate.periodStart, incoming.periodStart)) return false;
  if (!compatible(candidate.placeId, incoming.placeId)) return false;
  return candidate.measureWords.some((word) => incoming.measureWords.includes(word));
}

function unitClass(unit: string | null): string | null {
  if (unit === null) return null;
  const word = stem(unit.toLowerCase());
  return SYNONYMS.get(word) ?? word;
}
