import { KNOWN_POLICIES } from '../../gazetteer/known-policies.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

const KNOWN_BY_ALIAS = new Map(KNOWN_POLICIES.flatMap((p) => [p.name, ...p.aliases].map((n) => [n, p] as const)));
// The check that a name does not continue a word before it is made in code: as a lookbehind it ran at
// every character of every sentence and made this the slowest policy rule.
const KNOWN_RE = new RegExp(
  String.raw`(?:${[...KNOWN_BY_ALIAS.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\w-])`,
  'g',
);

/** Laws and programs known by name or alias ("MPP", "287(g)"), under their canonical name. */
export const knownPolicyRule: PolicyRule = {
  name: 'known-policy',
  find(_ctx, s) {
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(KNOWN_RE)) {
      const p = KNOWN_BY_ALIAS.get(m[0]);
      const start = s.start + (m.index ?? 0);
      if (p && !/[\w-]/.test(s.text[(m.index ?? 0) - 1] ?? ' ')) hits.push({ start, end: start + m[0].length, name: p.name, kind: p.kind, confidence: 0.95 });
    }
    return hits;
  },
};
