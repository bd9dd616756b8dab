/** Dates of the generated articles: within the years the sample covers, written the ways articles write them. */
import type { Random } from './random.js';

export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface ArticleDate {
  readonly year: number;
  /** 0-based. */
  readonly month: number;
  readonly day: number;
}

export function articleDate(random: Random): ArticleDate {
  return { year: random.pick([2017, 2018, 2019, 2025, 2025, 2026]), month: random.int(0, 11), day: random.int(1, 28) };
}

/** A month at or before the article's, for "in June" figures. */
export function earlierMonth(date: ArticleDate, random: Random, back = random.int(0, 3)): string {
  return MONTHS[(date.month - back + 12) % 12] ?? 'June';
}

/** "February 9, 2017". */
export function writtenDate(date: ArticleDate): string {
  return `${MONTHS[date.month]} ${date.day}, ${date.year}`;
}

/** "UPDATED 04/11/17 | 2:00 p.m." or "Published April 11, 2017 9:15 AM". */
export function datelineText(date: ArticleDate, random: Random): string {
  const hour = random.int(1, 11);
  const minute = String(random.int(0, 59)).padStart(2, '0');
  if (random.chance(0.5)) {
    const mm = String(date.month + 1).padStart(2, '0');
    const dd = String(date.day).padStart(2, '0');
    return `UPDATED ${mm}/${dd}/${String(date.year).slice(2)} | ${hour}:${minute} ${random.pick(['a.m.', 'p.m.'])}`;
  }
  return `Published ${writtenDate(date)} ${hour}:${minute} ${random.pick(['AM', 'PM'])}`;
}
