import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// "a program to restore orderly processing", "a new reimbursement program for local police", "a pilot
// initiative that lets …": an indefinite program with what it does after it.
const HEAD_RE = /\b(program|programme|initiative)\s+(?=(?:to|for|that)\s)/g;
const DETERMINER_RE = /\b(?:a|an|another)\s+((?:[a-z]+(?:-[a-z]+)?\s+){0,2})$/i;
const NOT_POLICY =
  /^(?:television|tv|radio|news|degree|training|graduate|cooking|computer|software|exchange|loyalty|rewards|space|nuclear)$/i;

/**
 * Programmes described in words: introduced with "a"/"an" and followed by what they do or who they are
 * for. "The program" refers back and is no new policy; "a radio program" is no policy at all.
 */
export const describedProgramRule: PolicyRule = {
  name: 'described-program',
  find(ctx, s) {
    if (!/program|initiative/i.test(s.text)) return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(HEAD_RE)) {
      const head = m[1] ?? '';
      const at = s.start + (m.index ?? 0);
      const before = ctx.text.slice(Math.max(s.start, at - 40), at);
      const det = DETERMINER_RE.exec(before);
      if (!det) continue;
      const modifiers = (det[1] ?? '').trim().split(/\s+/).filter(Boolean);
      if (modifiers.some((w) => NOT_POLICY.test(w))) continue;
      const kept = modifiers.filter((w) => !/^(?:new|special)$/i.test(w));
      const more = complementAt(ctx.text, at + head.length, s.end, 12);
      if (!more) continue;
      const start = kept[0] ? at - before.length + det.index + det[0].indexOf(kept[0]) : at;
      hits.push({
        start,
        end: more.end,
        name: [...kept, head, more.text].join(' '),
        kind: 'program',
        confidence: 0.65,
        coreEnd: at + head.length,
      });
    }
    return hits;
  },
};
