import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

const MONEY = String.raw`(?:[\p{L}$\d.,-]+\s+){0,4}?(?:grants?|funds|funding|money|aid|contracts?)`;
// "will only award a justice grant to cities that let agents into jails"
const ONLY_TO_RE = new RegExp(
  String.raw`\b(?:only\s+)?(?:award|give|grant|provide|fund|distribute|disburse|pay)\s+(${MONEY})\s+(?:only\s+)?to\s+((?:[\p{L}-]+\s+){1,5}?)(that|which|who)\s+`,
  'giu',
);
// "conditions on federal grants requiring …", "conditioned police funding on cooperation with ICE".
// "Conditions on federal grants" alone is often a complaint about conditions, not a set of them.
const CONDITIONS_RE = new RegExp(
  String.raw`\b(?:conditions\s+on|strings\s+attached\s+to)\s+(${MONEY})(?=\s+(?:requiring|that (?:require|would require|force|bar)|tied to)\s)|\bcondition(?:s|ed|ing)?\s+(${MONEY})\s+on\s`,
  'giu',
);

/**
 * Conditions on grants: money given "only to" places that do something, grants "conditioned on"
 * something, "conditions on" grants "requiring" something. An article describes one set of conditions
 * however many times it returns to them.
 */
export const grantConditionRule: PolicyRule = {
  name: 'grant-condition',
  role: 'content',
  find(ctx, s) {
    if (
      !/\bonly\b|condition|strings attached/i.test(s.text) ||
      !/\b(?:grants?|funds|funding|money|aid|contracts?)\b/i.test(s.text)
    )
      return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(ONLY_TO_RE)) {
      if (!/\bonly\b/i.test(m[0])) continue;
      const start = s.start + (m.index ?? 0);
      const clause = complementAt(ctx.text, start + m[0].length, s.end, 14);
      if (!clause) continue;
      const money = (m[1] ?? '').replace(/^(?:a|an|the)\s+/i, '');
      const who = (m[2] ?? '').trim();
      hits.push({
        start,
        end: clause.end,
        name: `conditions on ${money}: only to ${who} ${m[3] ?? 'that'} ${clause.text}`,
        kind: 'policy',
        confidence: 0.65,
        key: 'grant conditions',
      });
    }
    for (const m of s.text.matchAll(CONDITIONS_RE)) {
      const start = s.start + (m.index ?? 0);
      const money = (m[1] ?? m[2] ?? '').replace(/^(?:a|an|the)\s+/i, '');
      const terms = complementAt(ctx.text, start + m[0].length, s.end, 8);
      if (!terms) continue;
      const name = `conditions on ${money} ${m[2] ? 'requiring ' : ''}${terms.text}`;
      hits.push({ start, end: terms.end, name, kind: 'policy', confidence: 0.65, key: 'grant conditions' });
    }
    return hits;
  },
};
