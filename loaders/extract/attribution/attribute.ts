import type { AttributionScope, AttributionTarget, Attributed } from './attribution-rule.js';
import { ATTRIBUTION_RULES } from './attribution-rules.js';

/** Who said the target's words: the answer of the first rule (in precedence order) that gives one. */
export function attribute(
  target: AttributionTarget,
  scope: AttributionScope,
  rules = ATTRIBUTION_RULES,
): Attributed | null {
  for (const rule of rules) {
    if (!rule.targets.has(target.kind)) continue;
    const found = rule.attribute(target, scope);
    if (found) return found;
  }
  return null;
}
