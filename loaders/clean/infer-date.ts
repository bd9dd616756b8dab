import { parseIso, parseNumericDate, parseWrittenDate } from '../text/dates.js';
import type { BoilerplateSpan } from './boilerplate-rule.js';

/** The publication date from a dateline or "UPDATED" line; captions' dates are when a photo was taken. */
export function inferDate(text: string, boilerplate: readonly BoilerplateSpan[]): string | null {
  for (const b of boilerplate) {
    if (b.kind !== 'dateline') continue;
    const line = text.slice(b.start, b.end);
    const date = parseNumericDate(line) ?? parseWrittenDate(line);
    if (date) return date;
  }
  return null;
}

/** The input's date reduced to YYYY-MM-DD, or null when it is not a date. */
export function normalizeGivenDate(date: string | null | undefined): string | null {
  const p = parseIso(date);
  if (p) return `${String(p.y).padStart(4, '0')}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
  return date ? (parseWrittenDate(date) ?? parseNumericDate(date)) : null;
}
