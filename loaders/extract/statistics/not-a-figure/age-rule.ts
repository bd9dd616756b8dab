import type { NotAFigureRule } from '../not-a-figure-rule.js';

/** "Ana Ruiz, 34, said", "aged 34", "age 34", "ages 5 and up": a person's age. */
export const ageRule: NotAFigureRule = {
  name: 'age',
  matches({ before, after, value }) {
    if (value >= 120) return false;
    if (/\bag(?:e|es|ed)\s*$/i.test(before)) return true;
    return /\p{Lu}\p{L}+,\s*$/u.test(before) && /^\s*,/.test(after);
  },
};
