import type { NotAFigureRule } from '../not-a-figure-rule.js';

/**
 * A number written into a word is part of a name or a code: "MS-13", "COVID-19", "A1", "#5", "1990s",
 * "3/4", "I-35".
 */
export const gluedRule: NotAFigureRule = {
  name: 'glued',
  matches({ before, after, marked, spelled }) {
    if (spelled) return false;
    const prev = before.slice(-1);
    if (/[\p{L}\d#/:.]/u.test(prev) || (/[-–]/.test(prev) && /\p{L}/u.test(before.slice(-2, -1)))) return true;
    return /^\p{L}/u.test(after) && !marked;
  },
};
