import type { NotAFigureRule } from './not-a-figure-rule.js';
import { gluedRule } from './not-a-figure/glued-rule.js';
import { numberListRule } from './not-a-figure/number-list-rule.js';
import { clockTimeRule } from './not-a-figure/clock-time-rule.js';
import { dottedCodeRule } from './not-a-figure/dotted-code-rule.js';
import { ordinalRule } from './not-a-figure/ordinal-rule.js';
import { labelRule } from './not-a-figure/label-rule.js';
import { phoneNumberRule } from './not-a-figure/phone-number-rule.js';
import { zipCodeRule } from './not-a-figure/zip-code-rule.js';
import { streetNumberRule } from './not-a-figure/street-number-rule.js';
import { tvChannelRule } from './not-a-figure/tv-channel-rule.js';
import { scoreRule } from './not-a-figure/score-rule.js';
import { calendarDayRule } from './not-a-figure/calendar-day-rule.js';
import { yearRule } from './not-a-figure/year-rule.js';
import { ageRule } from './not-a-figure/age-rule.js';
import { durationRule } from './not-a-figure/duration-rule.js';
import { identifierRule } from './not-a-figure/identifier-rule.js';
import { ratioRule } from './not-a-figure/ratio-rule.js';
import { dimensionRule } from './not-a-figure/dimension-rule.js';
import { nameWordRule } from './not-a-figure/name-word-rule.js';

/**
 * Every kind of number that is not an amount. A number any rule claims is no figure; the order only
 * decides which rule a test or a debugging session sees named (cheap character tests first).
 */
export const NOT_A_FIGURE_RULES: readonly NotAFigureRule[] = Object.freeze([
  gluedRule,
  numberListRule,
  clockTimeRule,
  dottedCodeRule,
  ordinalRule,
  nameWordRule,
  labelRule,
  phoneNumberRule,
  zipCodeRule,
  streetNumberRule,
  tvChannelRule,
  scoreRule,
  calendarDayRule,
  yearRule,
  ageRule,
  durationRule,
  dimensionRule,
  ratioRule,
  identifierRule,
]);

/** The rule that says a number is not a figure, or null when it may be one. */
export function notAFigure(n: Parameters<NotAFigureRule['matches']>[0]): NotAFigureRule | null {
  return NOT_A_FIGURE_RULES.find((r) => r.matches(n)) ?? null;
}
