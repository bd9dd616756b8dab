import type { NotAFigureRule } from '../not-a-figure-rule.js';

/** "1.2.3.4": a version or an address (its later parts are ruled out by the "." glued before them). */
export const dottedCodeRule: NotAFigureRule = {
  name: 'dotted-code',
  matches({ after }) {
    return /^\.\d/.test(after);
  },
};
