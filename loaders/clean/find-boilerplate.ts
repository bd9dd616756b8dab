import type { BoilerplateRule, BoilerplateSpan, CleanContext } from './boilerplate-rule.js';
import { BOILERPLATE_RULES } from './boilerplate-rules.js';

/** Runs every rule; a span overlapping one already claimed by an earlier rule is dropped. */
export function findBoilerplate(ctx: CleanContext, rules: readonly BoilerplateRule[] = BOILERPLATE_RULES): BoilerplateSpan[] {
  const taken: BoilerplateSpan[] = [];
  for (const rule of rules) {
    const mine = rule.find(ctx);
    const fresh = mine.filter((s) => s.end > s.start && !taken.some((t) => s.start < t.end && t.start < s.end));
    taken.push(...fresh);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}
