/**
 * Figures as immigration reporting states them: "over 6,200 criminal immigration cases", "more than 90%",
 * "2 to 3 million", "approximately 8,300", "tens of thousands". Part of them are shared claims (the same
 * value for the same measure across many articles, as when outlets repeat an agency's release), the rest
 * are fresh numbers.
 */
import { mixSeed, mulberry32, type Random } from './random.js';

export interface Measure {
  /** What is counted, as a noun phrase. */
  readonly words: string;
  readonly min: number;
  readonly max: number;
}

export const MEASURES: readonly Measure[] = [
  { words: 'criminal immigration cases', min: 200, max: 12_000 },
  { words: 'illegal reentry prosecutions', min: 100, max: 5_000 },
  { words: 'deportations', min: 5_000, max: 150_000 },
  { words: 'arrests', min: 1_000, max: 120_000 },
  { words: 'apprehensions', min: 5_000, max: 250_000 },
  { words: 'illegal crossings', min: 5_000, max: 250_000 },
  { words: 'removals', min: 5_000, max: 90_000 },
  { words: 'asylum claims', min: 2_000, max: 80_000 },
  { words: 'detention beds', min: 20_000, max: 60_000 },
  { words: 'immigration judges', min: 25, max: 700 },
  { words: 'pending cases in the immigration court backlog', min: 300_000, max: 3_700_000 },
  { words: 'unaccompanied children', min: 1_000, max: 15_000 },
  { words: 'new cases referred for federal prosecution', min: 3_000, max: 12_000 },
  { words: 'work-site arrests', min: 100, max: 3_000 },
];

/** Measures of things officers do, for "agents logged …" and "carried out …". */
export const ACTIONS: readonly Measure[] = MEASURES.filter((m) =>
  /^(?:deportations|arrests|apprehensions|removals|illegal crossings)$/.test(m.words),
);

const QUALIFIERS: readonly string[] = [
  'over',
  'more than',
  'nearly',
  'approximately',
  'about',
  'at least',
  'roughly',
  'almost',
  'just over',
  'fewer than',
  'north of',
  '',
];

/** How many shared claims each measure has: the figures every outlet repeats. */
const SHARED_CLAIMS = 6;

/** Rounded to two or three significant digits, as agencies round, or exact now and then. */
function newsworthy(random: Random, min: number, max: number): number {
  const raw = Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min)));
  if (random.chance(0.2)) return Math.round(raw);
  const digits = random.chance(0.5) ? 2 : 3;
  const step = Math.pow(10, Math.max(0, Math.floor(Math.log10(raw)) + 1 - digits));
  return Math.max(step, Math.round(raw / step) * step);
}

/** A value of this measure: one of its shared claims, or a fresh figure. */
export function valueOf(measure: Measure, random: Random): number {
  if (random.chance(0.45)) {
    const slot = random.int(0, SHARED_CLAIMS - 1);
    return newsworthy(mulberry32(mixSeed(0xf16, MEASURES.indexOf(measure), slot)), measure.min, measure.max);
  }
  return newsworthy(random, measure.min, measure.max);
}

export function formatCount(value: number, random?: Random): string {
  // Outlets mostly group thousands; a few print "6200".
  if (random?.chance(0.05) && value < 100_000) return String(value);
  if (value >= 1_000_000 && value % 100_000 === 0)
    return `${(value / 1_000_000).toFixed(1).replace(/\.0$/, '')} million`;
  return value.toLocaleString('en-US');
}

/** "over 6,200 criminal immigration cases", "6,368 arrests". */
export function countPhrase(measure: Measure, random: Random, value = valueOf(measure, random)): string {
  const qualifier = random.pick(QUALIFIERS);
  return `${qualifier ? `${qualifier} ` : ''}${formatCount(value, random)} ${measure.words}`;
}

/** "more than 90%", "35 percent". */
export function percentPhrase(random: Random): string {
  const value = random.chance(0.5) ? random.int(5, 99) : random.pick([35, 50, 79, 90, 94]);
  const qualifier = random.pick(['more than ', 'nearly ', 'about ', 'over ', '', '']);
  return random.chance(0.5) ? `${qualifier}${value}%` : `${qualifier}${value} percent`;
}

/** "2 to 3 million", "between 10,000 and 12,000". */
export function rangePhrase(random: Random): string {
  if (random.chance(0.5)) {
    const low = random.int(1, 9);
    return `${low} to ${low + random.int(1, 3)} million`;
  }
  const low = random.int(2, 40) * 1_000;
  return `between ${formatCount(low)} and ${formatCount(low + random.int(1, 10) * 1_000)}`;
}

export function vaguePhrase(random: Random): string {
  return random.pick(['tens of thousands of', 'hundreds of thousands of', 'thousands of', 'hundreds of']);
}

/**
 * A figure no other article of the run has: a multiplicative walk modulo a prime, so index i and j < p
 * never meet (for i, j below 1,000,002). It is what makes every generated article distinct, whatever else the draws repeat.
 */
export function uniqueCount(index: number): number {
  const prime = 1_000_003;
  return 1_000 + ((((index % (prime - 1)) + 1) * 7_919) % prime);
}
