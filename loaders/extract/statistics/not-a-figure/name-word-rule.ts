import type { NotAFigureRule } from '../not-a-figure-rule.js';

/**
 * "the Three Rivers center", "Big Ten": a number word capitalised inside a sentence is part of a name.
 * At the start of a sentence or a quotation ("Seven vans …") capitals say nothing.
 */
export const nameWordRule: NotAFigureRule = {
  name: 'name-word',
  matches({ raw, before, spelled }) {
    return spelled && /^[A-Z]/.test(raw) && /[\p{L}\d,;)]\s*$/u.test(before);
  },
};
