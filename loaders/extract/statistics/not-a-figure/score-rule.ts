import type { NotAFigureRule } from '../not-a-figure-rule.js';

/**
 * "a 5-4 ruling", "won 21-17": two numbers joined by a dash that do not rise are a score or a vote. A
 * rising pair ("10-20 people") is read as a range before any rule is asked.
 */
export const scoreRule: NotAFigureRule = {
  name: 'score',
  matches({ before, after, value, marked }) {
    if (marked) return false;
    // Spaced dashes set off a clause ("500 – 300 of them children"); a score is written tight.
    if (/\d[-–]$/.test(before)) return true;
    const next = /^[-–](\d+)\b(?![,.]\d)/.exec(after);
    return !!next && Number(next[1]) <= value;
  },
};
