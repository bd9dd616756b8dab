import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// An ordinal, modifiers, then the kind of order; whatever determiner stands before, it is one order.
const ORDER_RE =
  /\b((?:first|second|third|new|latest|separate|earlier)\s+)?((?:(?:broader|sweeping|federal|nationwide|emergency|court)\s+)*)(temporary restraining orders?|restraining orders?|(?:preliminary|permanent|temporary|nationwide)\s+(?:injunctions?|orders?)|injunctions?|court orders?|orders?)\b/giu;
// What the order does: "barring …", "to stop issuing …", "requiring …".
const PURPOSE_RE =
  /^\s+(?:barring|blocking|banning|halting|stopping|pausing|preventing|prohibiting|requiring|ordering|directing|forbidding|restricting|limiting|against|to\s+(?:stop|halt|block|end|pause|bar|release|return|restore|reinstate|resume|allow|keep|reunite|provide|facilitate)\b)/i;
const COURT_RE = /\b(?:judges?|court|justices?|injunction)\b/i;

/**
 * Court orders: restraining orders and injunctions by their type, and a bare "order" in a sentence about
 * a judge or court when the words after it say what it bars or requires ("his order to stop issuing
 * parole"). The order is named with what it does. Later mentions with the same ordinal ("her second
 * order") are the same order.
 */
export const courtOrderRule: PolicyRule = {
  name: 'court-order',
  find(ctx, s) {
    if (!/order|injunction/i.test(s.text) || (!COURT_RE.test(s.text) && !/restraining/i.test(s.text))) return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(ORDER_RE)) {
      const type = (m[3] ?? '').toLowerCase();
      const bare = /^(?:court )?orders?$/.test(type);
      const at = s.start + (m.index ?? 0);
      // "an executive order", "in order to", or an order in a sentence with no court in it
      if (bare && (/\b(?:executive|in)\s+$/i.test(s.text.slice(0, m.index ?? 0)) || !COURT_RE.test(s.text))) continue;
      const ordinal = (m[1] ?? '').trim().toLowerCase();
      const coreEnd = at + m[0].length;
      let end = coreEnd;
      let name = `${m[1] ?? ''}${m[3] ?? ''}`.replace(/^(?:new|latest|earlier|separate)\s+/i, '').toLowerCase();
      if (PURPOSE_RE.test(ctx.text.slice(end, end + 24))) {
        const purpose = complementAt(ctx.text, end, s.end, 10);
        if (purpose) {
          name += ` ${purpose.text}`;
          end = purpose.end;
        }
      } else if (bare) continue;
      hits.push({
        start: at,
        end,
        name,
        kind: 'directive',
        confidence: 0.7,
        coreEnd,
        key: `court order ${ordinal === 'first' ? '' : ordinal}`,
      });
    }
    return hits;
  },
};
