import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// "declared a national emergency at the southern border", "declares a state of emergency over …"
const DECLARED_RE =
  /\bdeclar(?:ed|es|ing|e)\s+(?:a|an)\s+((?:national|border|public health)\s+emergency|state of emergency|emergency)\b/gi;
const WHERE_RE = /^\s+(?:at|on|along|over|in)\s/i;

/** Emergency declarations: whoever declared one issued it, named with where it holds. */
export const emergencyDeclarationRule: PolicyRule = {
  name: 'emergency-declaration',
  find(ctx, s) {
    if (!/emergency/i.test(s.text)) return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(DECLARED_RE)) {
      const verbAt = s.start + (m.index ?? 0);
      const start = verbAt + m[0].lastIndexOf(m[1] ?? '');
      const coreEnd = verbAt + m[0].length;
      const where = WHERE_RE.test(ctx.text.slice(coreEnd, coreEnd + 8))
        ? complementAt(ctx.text, coreEnd, s.end, 5)
        : null;
      const name = `${(m[1] ?? '').toLowerCase()}${where ? ` ${where.text}` : ''}`;
      hits.push({ start, end: where?.end ?? coreEnd, name, kind: 'executive_order', confidence: 0.7, coreEnd, verbAt });
    }
    return hits;
  },
};
