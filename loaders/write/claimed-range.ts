/**
 * The values a figure allows. "More than 100,000 deportations" and "113,000 deportations" can both be
 * true, so they do not disagree; "113,000" and "120,000" cannot. A bound reaches to the end of the number
 * line (a stored list cannot hold a null, so the largest number stands for no limit); a rounded or
 * "nearly" figure reaches a tenth of its value, the slack news writing gives such words.
 */
import type { StatisticItem } from '../extraction.js';

const AT_LEAST = new Set([
  'more than',
  'over',
  'at least',
  'above',
  'north of',
  'upwards of',
  'well over',
  'more',
  'as few as',
]);
const AT_MOST = new Set([
  'less than',
  'fewer than',
  'below',
  'under',
  'up to',
  'at most',
  'as many as',
  'south of',
  'fewer',
]);
const JUST_BELOW = new Set(['nearly', 'almost', 'just under', 'close to']);
const JUST_ABOVE = new Set(['just over']);
const ROUGHLY = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated']);
const SLACK = 0.1;

/** [low, high]; null for a vague amount. */
export function claimedRange(
  statistic: Pick<StatisticItem, 'value' | 'valueHigh' | 'qualifier'>,
): [number, number] | null {
  if (statistic.value === null) return null;
  const low = Math.min(statistic.value, statistic.valueHigh ?? statistic.value);
  const high = Math.max(statistic.value, statistic.valueHigh ?? statistic.value);
  const below = low - Math.abs(low) * SLACK;
  const above = high + Math.abs(high) * SLACK;
  const qualifier = statistic.qualifier?.toLowerCase() ?? '';
  if (AT_LEAST.has(qualifier)) return [low, Number.MAX_VALUE];
  if (AT_MOST.has(qualifier)) return [-Number.MAX_VALUE, high];
  if (JUST_BELOW.has(qualifier)) return [below, high];
  if (JUST_ABOVE.has(qualifier)) return [low, above];
  if (ROUGHLY.has(qualifier)) return [below, above];
  return [low, high];
}
