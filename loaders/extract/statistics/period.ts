import { isoDate, lastDayOfMonth, monthNumber, parseIso, yearForMonth } from '../text/dates.js';

export interface PeriodGuess {
  readonly text: string;
  readonly start: string | null;
  readonly end: string | null;
  /** Offset in the sentence, to pick the period nearest a figure. */
  readonly at: number;
}

const M = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const PATTERNS: ReadonlyArray<{ re: RegExp; resolve: (m: RegExpExecArray, date: string | null) => [string | null, string | null] }> = [
  { re: new RegExp(String.raw`\b(?:between|from) ${M}(?: (\d{4}))? (?:and|to|through) ${M}(?: (\d{4}))?`, 'g'), resolve: (m, d) => span(m[1], m[2], m[3], m[4], d) },
  { re: new RegExp(String.raw`\bsince ${M}(?: (\d{1,2}))?(?:,? (\d{4}))?`, 'g'), resolve: (m, d) => since(m[1], m[2], m[3], d) },
  { re: /\bfiscal(?: year)? (\d{4})\b/gi, resolve: (m) => fiscal(m[1]) },
  { re: new RegExp(String.raw`\b${M} of (?:the )?(?:previous|last|prior) year\b`, 'g'), resolve: (m, d) => previousYear(m[1], d) },
  { re: new RegExp(String.raw`\b${M}(?:,? (\d{4}))?(?:['’]s)?`, 'g'), resolve: (m, d) => month(m[1], m[2], d) },
  { re: /\b(?:in|during|since) (\d{4})\b/g, resolve: (m) => [`${m[1]}-01-01`, `${m[1]}-12-31`] },
  { re: /\b(?:in a single month|in recent months|last (?:month|year|week)|this (?:month|year)|over the next \w+ years?|(?:within )?the first \d+ days(?: of [\p{L}’' ]+?(?:presidency|term|administration))?)\b/giu, resolve: () => [null, null] },
];

/**
 * Every period expression of a sentence, resolved when the article is dated. Found once per sentence and
 * shared by its figures: found again for each figure, a sentence dense with figures cost time quadratic
 * in its length.
 */
export function periodsIn(sentence: string, articleDate: string | null): PeriodGuess[] {
  const found: PeriodGuess[] = [];
  for (const { re, resolve } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (found.some((f) => m.index >= f.at && m.index < f.at + f.text.length)) continue;
      if (/^May$/.test(m[0]) && !/\b(?:in|of|since|by|until|through|during) $/.test(sentence.slice(0, m.index))) continue;
      const [start, end] = resolve(m, articleDate);
      found.push({ text: m[0].replace(/['’]s$/, ''), start, end, at: m.index });
    }
  }
  return found;
}

/** The time a figure refers to: of the periods of its sentence, the nearest (one after it preferred). */
export function nearestPeriod(found: readonly PeriodGuess[], figStart: number, figEnd: number): PeriodGuess | null {
  if (!found.length) return null;
  const distance = (p: PeriodGuess): number => (p.at >= figEnd ? p.at - figEnd : figStart - (p.at + p.text.length) + 15);
  return found.reduce((best, p) => (distance(p) < distance(best) ? p : best));
}

function month(name: string | undefined, year: string | undefined, date: string | null): [string | null, string | null] {
  const m = monthNumber(name ?? '');
  const y = year ? Number(year) : yearForMonth(m, date);
  if (!m || !y) return [null, null];
  return [isoDate(y, m, 1), isoDate(y, m, lastDayOfMonth(y, m))];
}

function span(a: string | undefined, ay: string | undefined, b: string | undefined, by: string | undefined, date: string | null): [string | null, string | null] {
  const [s] = month(a, ay ?? by, date);
  const [, e] = month(b, by, date);
  return [s, e];
}

function since(name: string | undefined, day: string | undefined, year: string | undefined, date: string | null): [string | null, string | null] {
  const m = monthNumber(name ?? '');
  const y = year ? Number(year) : yearForMonth(m, date);
  if (!m || !y) return [null, null];
  return [isoDate(y, m, day ? Number(day) : 1), parseIso(date) ? date : null];
}

function fiscal(year: string | undefined): [string | null, string | null] {
  const y = Number(year);
  return [isoDate(y - 1, 10, 1), isoDate(y, 9, 30)];
}

function previousYear(name: string | undefined, date: string | null): [string | null, string | null] {
  const m = monthNumber(name ?? '');
  const y = yearForMonth(m, date);
  if (!m || !y) return [null, null];
  return [isoDate(y - 1, m, 1), isoDate(y - 1, m, lastDayOfMonth(y - 1, m))];
}

