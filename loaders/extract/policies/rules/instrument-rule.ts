import type { PolicyKind } from '../../../extraction.js';
import { complementAt } from '../complement.js';
import { isNamedAfter } from '../named-after.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// The instrument is found first and its determiner looked for just before it: a pattern that began
// with the determiner was tried at every "a" of every sentence.
const HEAD_RE =
  /\b(executive orders?|executive actions?|memorand(?:um|a)|memos?|directives?|proclamations?|guidance|rules?|regulations?)\b(?!\s+of understanding)/gi;
// "a pair of", "new", "Trump's", then up to two modifiers ("policy", "Trump administration")
const DETERMINER_RE =
  /(?:\b(a pair of|a series of|a number of|a new|a sweeping|a|an|one|two|three|several|new)|\b[A-Z][\p{L}.-]{1,30}['’]s?)\s+((?:(?!(?:of|the|and|to|in|for|can|could|will|would|may|might|must|should|shall|not|did|does|is|are|was|were)\s)[a-z][a-z-]*\s+){0,2})$/iu;
// What the instrument does, when the words after it say: "an executive order to withhold funds from …".
const PURPOSE_RE =
  /^\s+(?:expanding|restricting|limiting|ending|directing|requiring|ordering|barring|targeting|establishing|creating|suspending|on|to|for|that)\s/i;

/**
 * New instruments introduced as such ("a policy memorandum", "a pair of executive orders", "new
 * directives expanding …", "Trump’s executive order targeting …"), with the words saying what they do.
 * A definite "the memorandum" refers back to one already found and is not a new policy.
 */
export const instrumentRule: PolicyRule = {
  name: 'instrument',
  role: 'instrument',
  find(ctx, s) {
    if (!/order|action|memo|directive|proclamation|guidance|rule|regulation/i.test(s.text)) return [];
    const hits: PolicyHit[] = [];
    for (const h of s.text.matchAll(HEAD_RE)) {
      const head = h[1] ?? '';
      const at = s.start + (h.index ?? 0);
      const m = DETERMINER_RE.exec(ctx.text.slice(Math.max(s.start, at - 60), at));
      if (!m) continue;
      const instrument = head.toLowerCase();
      const modifiers = (m[2] ?? '').trim();
      let name = `${modifiers ? `${modifiers} ` : ''}${head}`.replace(/^(?:new|sweeping)\s+/i, '');
      const coreEnd = at + head.length;
      if (isNamedAfter(ctx.text, coreEnd)) continue;
      const start = coreEnd - name.length;
      let end = coreEnd;
      if (PURPOSE_RE.test(ctx.text.slice(end, end + 16))) {
        const purpose = complementAt(ctx.text, end, s.end, 8);
        if (purpose) {
          name += ` ${purpose.text}`;
          end = purpose.end;
        }
      }
      // "as a rule", "a rule of thumb": a rule, regulation or guidance is new only with a kind or a purpose
      if (
        /^(?:rules?|regulations?|guidance)$/.test(instrument) &&
        !modifiers &&
        !/new|sweeping/i.test(m[1] ?? '') &&
        name === head
      )
        continue;
      const kind: PolicyKind = /executive|proclamation/.test(instrument)
        ? 'executive_order'
        : /memo/.test(instrument)
          ? 'memo'
          : /directive|guidance/.test(instrument)
            ? 'directive'
            : 'policy';
      // "Trump's executive order" is one order however often it is named with its owner
      const owned = m[1] === undefined;
      hits.push({
        start,
        end,
        name,
        kind,
        confidence: 0.7,
        coreEnd,
        ...(owned ? { key: instrument.replace(/s$/, ''), keyedByIssuer: true } : {}),
      });
    }
    return hits;
  },
};
