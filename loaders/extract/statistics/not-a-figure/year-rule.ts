import type { NotAFigureRule } from '../not-a-figure-rule.js';

/** "In 1968", "the 2024 election": a bare four-digit number in this range is a year unless qualified. */
export const yearRule: NotAFigureRule = {
  name: 'year',
  matches({ raw, value, marked, qualified }) {
    return /^\d{4}$/.test(raw) && !marked && !qualified && value >= 1900 && value <= 2100;
  },
};
