import {
  addDays,
  isoDate,
  lastDayOfMonth,
  monthNumber,
  parseIso,
  resolveWeekday,
  weekdayNumber,
  yearForMonth,
} from '../../text/dates.js';

export interface PeriodGuess {
  readonly text: string;
  readonly start: string | null;
  readonly end: string | null;
  /** Offset and length of its words in the sentence, to pick the period nearest a figure. */
  readonly at: number;
  readonly length: number;
  /**
   * A whole calendar month ("June") or one day ("May 12", "Friday"): what "in a single month" or "that
   * day" later in the paragraph means.
   */
  readonly kind?: 'month' | 'day';
}

/** The month and the day a paragraph named last, for the sentences after them. */
export interface NamedTimes {
  readonly month: PeriodGuess | null;
  readonly day: PeriodGuess | null;
}

export const NO_TIMES: NamedTimes = Object.freeze({ month: null, day: null });

type Resolved = [string | null, string | null];
interface Pattern {
  readonly re: RegExp;
  /** The period's words as shown; the match itself when absent. */
  readonly text?: (m: RegExpExecArray) => string;
  readonly resolve: (m: RegExpExecArray, date: string | null) => Resolved;
  readonly kind?: 'month' | 'day';
}

const M =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const D = '(\\d{1,2})(?!\\d|:)';
const W = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** What may stand between "since" and its date: "since President Trump returned to office in January". */
const EVENT = String.raw`(?:[A-Za-z’'.-]+ ){1,7}?(?:on|in) `;

/** In order: where two patterns match the same words, the earlier (more specific) one is kept. */
const PATTERNS: readonly Pattern[] = [
  {
    re: new RegExp(
      String.raw`\b(?:between|from) ${M}(?: ${D})?(?:,? (\d{4}))? (?:and|to|through) ${M}(?: ${D})?(?:,? (\d{4}))?`,
      'g',
    ),
    resolve: (m, d) => span(m, d),
  },
  {
    re: new RegExp(String.raw`\bsince ${M}(?: ${D})?(?:,? (\d{4}))?`, 'g'),
    resolve: (m, d) => since(m[1], m[2], m[3], d),
  },
  {
    re: new RegExp(String.raw`\bsince ${EVENT}${M}(?: ${D})?(?:,? (\d{4}))?`, 'g'),
    text: (m) => `since ${[m[1], m[2]].filter(Boolean).join(' ')}${m[3] ? `, ${m[3]}` : ''}`,
    resolve: (m, d) => since(m[1], m[2], m[3], d),
  },
  { re: /\b(?:fiscal(?: year)?|FY) ?(\d{4})\b/gi, resolve: (m) => fiscal(m[1]) },
  { re: /\bFY ?['’]?(\d{2})\b/g, resolve: (m) => fiscal(`20${m[1]}`) },
  {
    re: new RegExp(String.raw`\b${M} of (?:the )?(?:previous|last|prior) year\b`, 'g'),
    resolve: (m, d) => previousYear(m[1], d),
  },
  {
    re: new RegExp(String.raw`\bbetween ${W} and ${W}\b`, 'g'),
    resolve: (m, d) => [resolveWeekday(weekdayNumber(m[1] ?? ''), d), resolveWeekday(weekdayNumber(m[2] ?? ''), d)],
  },
  {
    re: new RegExp(String.raw`\b${M} ${D}(?:,? (\d{4}))?`, 'g'),
    resolve: (m, d) => day(m[1], m[2], m[3], d),
    kind: 'day',
  },
  {
    re: new RegExp(String.raw`\b${M}(?:,? (\d{4}))?(?:['’]s)?`, 'g'),
    resolve: (m, d) => month(m[1], m[2], d),
    kind: 'month',
  },
  { re: new RegExp(String.raw`\b${W}\b`, 'g'), resolve: (m, d) => weekday(m[1], d), kind: 'day' },
  { re: /\b(?:in|during|since) (\d{4})\b/g, resolve: (m) => [`${m[1]}-01-01`, `${m[1]}-12-31`] },
  { re: /\b(?:last|this|past) (year|month|week)\b/gi, resolve: (m, d) => relative(m[0], d) },
  {
    re: /\b(?:in recent months|over the next \w+ years?|(?:within )?the first \d+ days(?: of [A-Za-z’' ]+?(?:presidency|term|administration))?)\b/gi,
    resolve: () => [null, null],
  },
];
/** "in a single month", "that month": the month the paragraph named before. */
const SAME_MONTH_RE = /\b(?:in a single month|in one month|(?:in |during )?(?:that|the same) month)\b/gi;
/** "there were 6,000 that day": the day the paragraph named before. */
const SAME_DAY_RE = /\b(?:on )?(?:that|the same) day\b/gi;
/** A month or a day named in passing, in a sentence with no figure: one scan for both. */
const NAMED_RE = new RegExp(String.raw`\b(?:${M}(?: ${D})?(?:,? (\d{4}))?|${W})\b`, 'g');

/**
 * Every period expression of a sentence, resolved when the article is dated; `named` holds the month and
 * day the paragraph named last, for "in a single month" and "that day". Found once per sentence and
 * shared by its figures: found again for each figure, a sentence dense with figures cost time quadratic
 * in its length.
 */
export function periodsIn(sentence: string, articleDate: string | null, named: NamedTimes = NO_TIMES): PeriodGuess[] {
  const found: PeriodGuess[] = [];
  for (const { re, resolve, text, kind } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const at = m.index;
      if (found.some((f) => at >= f.at && at < f.at + f.length)) continue;
      if (
        /^May\b/.test(m[0]) &&
        !/\b(?:in|of|since|by|until|through|during|on|from|to) $/.test(sentence.slice(Math.max(0, at - 10), at))
      )
        continue;
      const [start, end] = resolve(m, articleDate);
      found.push({
        text: (text ? text(m) : m[0]).replace(/['’]s$/, ''),
        start,
        end,
        at,
        length: m[0].length,
        ...(kind ? { kind } : {}),
      });
    }
  }
  const own = namedAfter(found, named);
  if (own.month && sentence.includes('month')) pointBack(sentence, SAME_MONTH_RE, own.month, found);
  if (own.day && sentence.includes('day')) pointBack(sentence, SAME_DAY_RE, own.day, found);
  return found.sort((a, b) => a.at - b.at);
}

/** Each "that month" (or day) of a sentence, read as the one named before. */
function pointBack(sentence: string, re: RegExp, was: PeriodGuess, found: PeriodGuess[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) found.push({ ...was, at: m.index, length: m[0].length });
}

/** The month and day named last, once a sentence's periods are read. */
export function namedAfter(periods: readonly PeriodGuess[], named: NamedTimes): NamedTimes {
  let { month: m, day: d } = named;
  for (const p of periods) {
    if (p.kind === 'month') m = p;
    else if (p.kind === 'day') d = p;
  }
  return m === named.month && d === named.day ? named : { month: m, day: d };
}

/** The month and day a sentence with no figure names ("in June", "on Friday"), added to what came before. */
export function timesNamedIn(sentence: string, articleDate: string | null, named: NamedTimes): NamedTimes {
  let { month: mo, day: dy } = named;
  NAMED_RE.lastIndex = 0;
  for (let m = NAMED_RE.exec(sentence); m; m = NAMED_RE.exec(sentence)) {
    if (/^May\b/.test(m[0]) && !/\b(?:in|of|during|on) $/.test(sentence.slice(Math.max(0, m.index - 10), m.index)))
      continue;
    if (m[4]) {
      const [start, end] = weekday(m[4], articleDate);
      dy = { text: m[0], start, end, at: m.index, length: m[0].length, kind: 'day' };
    } else if (m[2]) {
      const [start, end] = day(m[1], m[2], m[3], articleDate);
      dy = { text: m[0], start, end, at: m.index, length: m[0].length, kind: 'day' };
    } else {
      const [start, end] = month(m[1], m[3], articleDate);
      mo = { text: m[0], start, end, at: m.index, length: m[0].length, kind: 'month' };
    }
  }
  return mo === named.month && dy === named.day ? named : { month: mo, day: dy };
}

/** The time a figure refers to: of the periods of its sentence, the nearest (one after it preferred). */
export function nearestPeriod(found: readonly PeriodGuess[], figStart: number, figEnd: number): PeriodGuess | null {
  if (!found.length) return null;
  const distance = (p: PeriodGuess): number => (p.at >= figEnd ? p.at - figEnd : figStart - (p.at + p.length) + 15);
  return found.reduce((best, p) => (distance(p) < distance(best) ? p : best));
}

function month(name: string | undefined, year: string | undefined, date: string | null): Resolved {
  const m = monthNumber(name ?? '');
  const y = year ? Number(year) : yearForMonth(m, date);
  if (!m || !y) return [null, null];
  return [isoDate(y, m, 1), isoDate(y, m, lastDayOfMonth(y, m))];
}

function day(name: string | undefined, d: string | undefined, year: string | undefined, date: string | null): Resolved {
  const m = monthNumber(name ?? '');
  const y = year ? Number(year) : yearForMonth(m, date);
  if (!m || !y) return [null, null];
  const iso = isoDate(y, m, Number(d));
  return [iso, iso];
}

/** "between April 19 and May 31, 2018", "from March to June". */
function span(m: RegExpExecArray, date: string | null): Resolved {
  const year = m[3] ?? m[6];
  const [s] = m[2] ? day(m[1], m[2], year, date) : month(m[1], year, date);
  const [, e] = m[5] ? day(m[4], m[5], m[6], date) : month(m[4], m[6], date);
  return [s, e];
}

function since(
  name: string | undefined,
  d: string | undefined,
  year: string | undefined,
  date: string | null,
): Resolved {
  const m = monthNumber(name ?? '');
  const y = year ? Number(year) : yearForMonth(m, date);
  if (!m || !y) return [null, null];
  return [isoDate(y, m, d ? Number(d) : 1), parseIso(date) ? date : null];
}

/** US federal fiscal years run from October 1 of the year before. */
function fiscal(year: string | undefined): Resolved {
  const y = Number(year);
  return [isoDate(y - 1, 10, 1), isoDate(y, 9, 30)];
}

function previousYear(name: string | undefined, date: string | null): Resolved {
  const m = monthNumber(name ?? '');
  const y = yearForMonth(m, date);
  if (!m || !y) return [null, null];
  return [isoDate(y - 1, m, 1), isoDate(y - 1, m, lastDayOfMonth(y - 1, m))];
}

function weekday(name: string | undefined, date: string | null): Resolved {
  const d = resolveWeekday(weekdayNumber(name ?? ''), date);
  return [d, d];
}

/** "last year", "this month", "past week", seen from the article's date. */
function relative(phrase: string, date: string | null): Resolved {
  const a = parseIso(date);
  if (!a || !date) return [null, null];
  const [which, unit] = phrase.toLowerCase().split(' ');
  if (unit === 'year')
    return which === 'last'
      ? [isoDate(a.y - 1, 1, 1), isoDate(a.y - 1, 12, 31)]
      : which === 'this'
        ? [isoDate(a.y, 1, 1), date]
        : [addDays(date, -365), date];
  if (unit === 'month') {
    if (which === 'this') return [isoDate(a.y, a.m, 1), date];
    if (which === 'past') return [addDays(date, -30), date];
    const y = a.m === 1 ? a.y - 1 : a.y;
    const m = a.m === 1 ? 12 : a.m - 1;
    return [isoDate(y, m, 1), isoDate(y, m, lastDayOfMonth(y, m))];
  }
  return which === 'last'
    ? [addDays(date, -7), addDays(date, -1)]
    : which === 'this'
      ? [addDays(date, -6), date]
      : [addDays(date, -7), date];
}
