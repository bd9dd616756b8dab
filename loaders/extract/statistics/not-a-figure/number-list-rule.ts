import type { NotAFigureRule } from '../not-a-figure-rule.js';

/** A comma between digits that is not a thousands separator makes a list ("1,2,3,4"), not an amount. */
export const numberListRule: NotAFigureRule = {
  name: 'number-list',
  matches({ before, after }) {
    return /\d,$/.test(before) || /^,\d(?!\d{2}(?:\D|$))/.test(after);
  },
};
