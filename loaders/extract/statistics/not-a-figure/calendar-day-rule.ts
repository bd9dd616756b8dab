import { monthNumber } from '../../../text/dates.js';
import type { NotAFigureRule } from '../not-a-figure-rule.js';

const MONTH_AFTER = /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** "January 20", "Sept. 5", "20 January": the day of a date. */
export const calendarDayRule: NotAFigureRule = {
  name: 'calendar-day',
  matches({ before, after, value, marked }) {
    if (marked || value > 31) return false;
    const prevWord = /(\p{L}+)\.?\s*$/u.exec(before)?.[1] ?? '';
    return monthNumber(prevWord) > 0 || MONTH_AFTER.test(after);
  },
};
