import type { NotAFigureRule } from '../not-a-figure-rule.js';

/**
 * "1 in 4 detainees", "three out of five", "94 in every 10,000 residents": a ratio, whose parts are not counts of their own (read as
 * two figures, "4 detainees" would be a false count).
 */
export const ratioRule: NotAFigureRule = {
  name: 'ratio',
  matches({ before, after, marked }) {
    if (marked) return false;
    return (
      /^\s+(?:in|out of)\s+(?:every\s+|each\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)/i.test(
        after,
      ) ||
      /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+(?:in|out of)\s+(?:every\s+|each\s+)?$/i.test(
        before,
      )
    );
  },
};
