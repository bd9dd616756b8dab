import type { NotAFigureRule } from '../not-a-figure-rule.js';

/** "18th", "21st": a rank or a date, never a count. */
export const ordinalRule: NotAFigureRule = {
  name: 'ordinal',
  matches({ after }) {
    return /^(?:st|nd|rd|th)\b/.test(after);
  },
};
