import type { PolicyKind } from '../../../extraction.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// "the department's program, called “Keeping Families Together,”", "an operation dubbed “Midway Blitz”"
const CALLED_RE =
  /\b(program|programme|policy|initiative|operation|plan|rule|effort|campaign|agreement)\s*,?\s+(?:called|known as|dubbed|named|titled|nicknamed)\s+[“"]([^”"]{3,60}?)[,.]?[”"]/gi;
const KINDS: Readonly<Record<string, PolicyKind>> = {
  program: 'program',
  programme: 'program',
  initiative: 'program',
  operation: 'program',
  effort: 'program',
  campaign: 'program',
};

/** A policy given its name in quotes by "called", "known as", "dubbed": the quoted name is the policy. */
export const calledNameRule: PolicyRule = {
  name: 'called-name',
  find(_ctx, s) {
    if (!/called|known as|dubbed|named|titled/i.test(s.text)) return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(CALLED_RE)) {
      const name = (m[2] ?? '').trim();
      const at = s.start + (m.index ?? 0) + m[0].indexOf(name);
      hits.push({
        start: at,
        end: at + name.length,
        name,
        kind: KINDS[(m[1] ?? '').toLowerCase()] ?? 'policy',
        confidence: 0.85,
      });
    }
    return hits;
  },
};
