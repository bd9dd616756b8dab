import { SortedSpans } from '../text/sorted-spans.js';
import type { BoilerplateRule, BoilerplateSpan, CleanContext } from './boilerplate-rule.js';
import { BOILERPLATE_RULES } from './boilerplate-rules.js';

/** Runs every rule; a span overlapping one already claimed by an earlier rule is dropped. */
export function findBoilerplate(
  ctx: CleanContext,
  rules: readonly BoilerplateRule[] = BOILERPLATE_RULES,
): BoilerplateSpan[] {
  const taken: BoilerplateSpan[] = [];
  for (const rule of rules) {
    const mine = rule.find(ctx);
    const claimed = new SortedSpans(taken);
    const fresh = mine.filter((s) => s.end > s.start && !claimed.overlaps(s.start, s.end));
    // One at a time: spreading a list of a hundred thousand arguments overflows the call stack.
    for (const span of fresh) taken.push(span);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}
