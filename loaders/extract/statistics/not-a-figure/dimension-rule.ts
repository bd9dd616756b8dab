import type { NotAFigureRule } from '../not-a-figure-rule.js';

/**
 * "the 2,000-mile border", "a 30-foot wall", "a 12-page order": a size written as a modifier describes
 * the noun after it rather than counting it.
 */
export const dimensionRule: NotAFigureRule = {
  name: 'dimension',
  matches({ after }) {
    return /^[-–](?:mile|foot|feet|inch|yard|meter|metre|kilometer|page|acre|square|pound|ton|degree|story|storey|lane|point|step|minute|hour|day|week|month|year|decade)s?\b/i.test(
      after,
    );
  },
};
