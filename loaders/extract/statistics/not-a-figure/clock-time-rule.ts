import type { NotAFigureRule } from '../not-a-figure-rule.js';

/** "2:00 p.m.", "9 am", "11/3": a time of day or a numeric date. */
export const clockTimeRule: NotAFigureRule = {
  name: 'clock-time',
  matches({ after }) {
    return /^[/:]\d/.test(after) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b)/i.test(after);
  },
};
