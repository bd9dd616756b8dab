/** "zero" … "nineteen" and their values. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, i]),
);
const TENS: ReadonlyMap<string, number> = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, (i + 2) * 10]),
);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

const SMALL_ALT = [...SMALL_NUMBERS.keys()].join('|');
const TENS_ALT = [...TENS.keys()].join('|');
const SCALE_ALT = [...SCALES.keys()].join('|');

/**
 * "seven", "twenty-five", "two dozen", "three million": a number written in words, with at most one
 * scale; "a dozen", "a hundred" too. Without the "u" flag: with it, the pattern cost five times as much
 * on a page of prose (the words are ASCII, and "-third" is the only letter after a dash it must refuse).
 */
export const SPELLED_NUMBER_RE = new RegExp(
  String.raw`\b(?:((?:${TENS_ALT})(?:[- ](?:${SMALL_ALT}))?|${SMALL_ALT})|(an?)(?=\s+(?:${SCALE_ALT})))(?:\s+(${SCALE_ALT}))?\b(?![-–][A-Za-z])`,
  'gi',
);

/** The value of a SPELLED_NUMBER_RE match. */
export function spelledValue(m: RegExpExecArray): number {
  const scale = m[3] ? (SCALES.get(m[3].toLowerCase()) ?? 1) : 1;
  if (m[2]) return scale;
  const words = (m[1] ?? '').toLowerCase().split(/[- ]/);
  let n = 0;
  for (const w of words) n += TENS.get(w) ?? SMALL_NUMBERS.get(w) ?? 0;
  return n * scale;
}

/**
 * A multiple told in one word: a verb that is itself the multiple ("doubled", "more than tripled"), or a
 * word before what it multiplies ("twice as many", "a fourfold increase"). One pattern, so that a page is
 * scanned once for both.
 */
export const MULTIPLE_WORD_RE =
  /\b(?:(doubled|tripled|trebled|quadrupled)|(twice)(?= as (?:many|much|high|large|likely|fast)\b| the\b)|(two|three|four|five|six|seven|eight|nine|ten)fold)\b/gi;
export const MULTIPLES: Readonly<Record<string, number>> = {
  doubled: 2,
  tripled: 3,
  trebled: 3,
  quadrupled: 4,
  twice: 2,
};

/** "3 times as many", "ten times more", "a 10-fold rise": what follows a number that makes it a multiple. */
export const TIMES_AFTER_RE = /^(?:\s|-)?(?:times|fold)\b/i;
