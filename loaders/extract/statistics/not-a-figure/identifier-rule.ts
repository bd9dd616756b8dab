import type { NotAFigureRule } from '../not-a-figure-rule.js';

/** Beyond 15 digits a number is an identifier or noise, and a double could not hold it exactly anyway. */
export const identifierRule: NotAFigureRule = {
  name: 'identifier',
  matches({ raw }) {
    return raw.replace(/\D/g, '').length > 15;
  },
};
