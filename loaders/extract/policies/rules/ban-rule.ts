import { complementAt } from '../complement.js';
import type { PolicyRule } from '../policy-rule.js';

// "a strict ban on sanctuary cities", "a 100-day moratorium on deportations", "a cap on refugee admissions"
const BAN_RE = /\b(?:a|an|the)\s+((?:[a-z\d]+(?:-[a-z]+)?\s+){0,2}?)(ban|moratorium|freeze|pause|cap)\s+on\s/gi;

/** Bans, moratoria, freezes and caps described by what they stop: "a ban on X" is a policy whatever X is. */
export const banRule: PolicyRule = {
  name: 'ban',
  find(ctx, s) {
    if (!/\b(?:ban|moratorium|freeze|pause|cap) on\b/i.test(s.text)) return [];
    const hits = [];
    for (const m of s.text.matchAll(BAN_RE)) {
      const at = s.start + (m.index ?? 0);
      const head = (m[2] ?? '').toLowerCase();
      const coreEnd = at + m[0].length - ' on '.length;
      const what = complementAt(ctx.text, coreEnd + ' on'.length, s.end, 8);
      if (!what) continue;
      const modifiers = (m[1] ?? '').toLowerCase().replace(/\b(?:new|proposed)\s+/g, '');
      hits.push({
        start: at + m[0].indexOf(m[1] || m[2] || ''),
        end: what.end,
        name: `${modifiers}${head} on ${what.text}`,
        kind: 'policy' as const,
        confidence: 0.65,
        coreEnd,
      });
    }
    return hits;
  },
};
