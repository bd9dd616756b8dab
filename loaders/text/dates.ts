export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

// A Map, not an object: asked about any word before a number, an object answers "constructor" too.
const MONTH_ABBR: ReadonlyMap<string, number> = new Map(
  Object.entries({
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  }),
);

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** 1..12 for a month name or abbreviation ("Sept."), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = (MONTHS as readonly string[]).indexOf(w);
  if (full >= 0) return full + 1;
  return MONTH_ABBR.get(w) ?? 0;
}

export function weekdayNumber(word: string): number {
  return (WEEKDAYS as readonly string[]).indexOf(word.toLowerCase());
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The year a bare month name refers to, seen from the article date: news speaks of the past, so a month
 * later than the article's month belongs to the previous year.
 */
export function yearForMonth(month: number, articleDate: string | null): number | null {
  const a = parseIso(articleDate);
  if (!a) return null;
  return month <= a.m ? a.y : a.y - 1;
}

export function parseIso(date: string | null | undefined): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/** The latest given weekday on or before the article date ("Tuesday" in a story dated Tuesday is that day). */
export function resolveWeekday(weekday: number, articleDate: string | null): string | null {
  const a = parseIso(articleDate);
  if (!a || weekday < 0) return null;
  const dt = new Date(Date.UTC(a.y, a.m - 1, a.d));
  const back = (dt.getUTCDay() - weekday + 7) % 7;
  dt.setUTCDate(dt.getUTCDate() - back);
  return dt.toISOString().slice(0, 10);
}

/** The ISO date `days` after (or before, when negative) an ISO date. */
export function addDays(date: string, days: number): string | null {
  const a = parseIso(date);
  if (!a) return null;
  const dt = new Date(Date.UTC(a.y, a.m - 1, a.d + days));
  return dt.toISOString().slice(0, 10);
}

/** "04/11/17", "4/11/2017" (US order) → ISO. */
export function parseNumericDate(s: string): string | null {
  const m = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/.exec(s);
  if (!m) return null;
  const y = (m[3] ?? '').length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return isoDate(y, Number(m[1]), Number(m[2]));
}

/** "April 11, 2017", "Apr. 11, 2017", "11 April 2017" → ISO. */
export function parseWrittenDate(s: string): string | null {
  const us = /\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b/.exec(s);
  if (us) {
    const m = monthNumber(us[1] ?? '');
    if (m) return isoDate(Number(us[3]), m, Number(us[2]));
  }
  const eu = /\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})\b/.exec(s);
  if (eu) {
    const m = monthNumber(eu[2] ?? '');
    if (m) return isoDate(Number(eu[3]), m, Number(eu[1]));
  }
  return null;
}
