import { US_ADMINISTRATIONS } from '../gazetteer/us-administrations.js';

const ORDINAL_TERMS: Readonly<Record<string, number>> = { first: 1, second: 2 };
const PAST_TERMS = /^(?:previous|prior|last|former|earlier|past)$/;
const PERIOD = String.raw`(?:during|in|under|throughout)\s+(?:the\s+)?(?:(\p{Lu}[\p{L}'’-]*?)(?:['’]s)?\s+)?(first|second|previous|prior|last|former|earlier|past)?\s*(term|administration|presidency)\b`;
const PERIOD_RE = new RegExp(`^${PERIOD}`, 'u');
const UNTIL_RE =
  /^(?:until|till|through)\s+(?:(?:early|mid|late)[- ])?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},\s+)?((?:19|20)\d{2})\b/;
const SPAN_RE = /^(?:from|between)\s+((?:19|20)\d{2})\s+(?:to|until|through|and)\s+((?:19|20)\d{2})\b/;

/**
 * True when the words right after a role ("… director during Trump's first term", "… until 2019",
 * "… from 2015 to 2018") put it before the article's date, so the role is a former one. Without an
 * article date, a period that has plainly ended ("until 2019", "first term") still counts.
 */
export function endsBeforeArticle(tail: string, articleDate: string | null): boolean {
  const words = tail.trimStart();
  const period = PERIOD_RE.exec(words);
  if (period) return periodEnded(period[1] ?? null, period[2]?.toLowerCase() ?? null, articleDate);
  const until = UNTIL_RE.exec(words) ?? SPAN_RE.exec(words);
  if (until) {
    const year = Number(until[2] ?? until[1]);
    return !articleDate || year < Number(articleDate.slice(0, 4));
  }
  return false;
}

function periodEnded(surname: string | null, which: string | null, articleDate: string | null): boolean {
  if (which && PAST_TERMS.test(which)) return true;
  if (!surname) return false;
  const terms = US_ADMINISTRATIONS.filter((t) => t.surname === surname);
  if (!terms.length) return false;
  const ordinal = which ? ORDINAL_TERMS[which] : undefined;
  if (ordinal !== undefined) {
    const term = terms.find((t) => t.term === ordinal);
    // "X's first term" implies a later one: the first term is over even when the date is unknown.
    return !!term && (ordinal === 1 || (term.end !== null && (!articleDate || term.end <= articleDate)));
  }
  if (!articleDate) return false;
  // "the Obama administration": the latest of that president's terms begun by the article's date.
  const begun = terms.filter((t) => t.start <= articleDate);
  const latest = begun[begun.length - 1];
  return !!latest && latest.end !== null && latest.end <= articleDate;
}
