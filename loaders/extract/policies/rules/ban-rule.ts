import { complementAt } from '../complement.js';
import type { PolicyRule } from '../policy-rule.js';

// "a strict ban on sanctuary cities", "the statewide ban on masks for agents"
const BAN_RE = /\b(?:a|an|the)\s+((?:(?:new|strict|statewide|nationwide|total|blanket|temporary|permanent|proposed|federal|state|sweeping)\s+)*)ban\s+on\s/gi;

/** Bans described by what they ban: "a ban on X" is a policy whatever X is. */
export const banRule: PolicyRule = {
  name: 'ban',
  find(ctx, s) {
    if (!/\bban on\b/i.test(s.text)) return [];
    const hits = [];
    for (const m of s.text.matchAll(BAN_RE)) {
      const at = s.start + (m.index ?? 0);
      const coreEnd = at + m[0].length - ' on '.length;
      const what = complementAt(ctx.text, coreEnd + ' on'.length, s.end, 8);
      if (!what) continue;
      const modifiers = (m[1] ?? '').toLowerCase().replace(/\b(?:new|proposed)\s+/g, '');
      hits.push({ start: at + m[0].indexOf(m[1] || 'ban'), end: what.end, name: `${modifiers}ban on ${what.text}`, kind: 'policy' as const, confidence: 0.65, coreEnd });
    }
    return hits;
  },
};
