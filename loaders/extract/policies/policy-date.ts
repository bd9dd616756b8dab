import type { ArticleContext } from '../article-context.js';
import { isoMonth, monthNumber, resolveWeekday, weekdayNumber, yearForMonth } from '../../text/dates.js';
import type { Sentence } from '../../text/sentences.js';
import type { PolicyHit } from './policy-rule.js';

const DATE_RE =
  /\b(?:in|on|since|last)?\s*(January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{1,2}))?(?:,? (\d{4}))?\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const YEAR_RE = /\b(?:in|since)\s+((?:19|20)\d\d)\b/;

/**
 * When a policy was issued, as its sentence says: a month or a weekday just after it, else anywhere in
 * the sentence, resolved against the article's date, or "in 2019" just after it. "May" counts only
 * after "in"/"on"/"since"/"last".
 */
export function dateOf(
  ctx: ArticleContext,
  s: Sentence,
  hit: PolicyHit,
): { text: string; resolved: string | null } | null {
  const after = ctx.text.slice(hit.end, s.end);
  const m = DATE_RE.exec(after.slice(0, 80)) ?? DATE_RE.exec(ctx.text.slice(s.start, s.end));
  if (!m) {
    // "launched the programme in 2019": a year alone is said as it is; the graph keeps the text
    const year = YEAR_RE.exec(after.slice(0, 80));
    return year?.[1] ? { text: year[1], resolved: null } : null;
  }
  const date = ctx.info.date;
  if (m[4]) return { text: m[4], resolved: resolveWeekday(weekdayNumber(m[4]), date) };
  const month = monthNumber(m[1] ?? '');
  if (m[1] === 'May' && !/\b(?:in|on|since|last)\s*$/.test(m[0].replace(/May.*$/, ''))) return null;
  const year = m[3] ? Number(m[3]) : yearForMonth(month, date);
  const text = [m[1], m[2] ? ` ${m[2]}` : '', m[3] ? `, ${m[3]}` : ''].join('');
  if (!year) return { text, resolved: null };
  const resolved = m[2] ? `${isoMonth(year, month)}-${m[2].padStart(2, '0')}` : isoMonth(year, month);
  return { text, resolved };
}
