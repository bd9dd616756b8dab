import type { NotAFigureRule } from '../not-a-figure-rule.js';

const TIME_UNIT_AFTER =
  /^\s*-?\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|year-old|years-old|yrs?|hrs?|mins?|secs?)\b/i;

/**
 * "25 years", "a 48-hour notice", "the first 50 days", "5 min read": a span of time, told as the setting of a story
 * rather than as what it counts. Money and percentages ("$5 a day") are still amounts.
 */
export const durationRule: NotAFigureRule = {
  name: 'duration',
  matches({ after, marked }) {
    return !marked && TIME_UNIT_AFTER.test(after);
  },
};
