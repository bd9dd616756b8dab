import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// Ordinances are laws whatever their determiner; "the ordinance" later is the same one.
const ORDINANCE_RE = /\b(?:(?:city|county|local|municipal|sanctuary|new|proposed)\s+)*ordinances?\b/gi;
const PURPOSE_RE =
  /^\s+(?:that|to|requiring|banning|barring|allowing|making|prohibiting|limiting|restricting|declaring|criminalizing|protecting|expanding)\b/i;

/** Ordinances, named by what they do when the words after them say; an article has one. */
export const ordinanceRule: PolicyRule = {
  name: 'ordinance',
  find(ctx, s) {
    if (!/ordinance/i.test(s.text)) return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(ORDINANCE_RE)) {
      const start = s.start + (m.index ?? 0);
      let end = start + m[0].length;
      let name = m[0].toLowerCase().replace(/^new\s+/, '');
      if (PURPOSE_RE.test(ctx.text.slice(end, end + 16))) {
        const more = complementAt(ctx.text, end, s.end, 10);
        if (more) {
          name += ` ${more.text}`;
          end = more.end;
        }
      }
      hits.push({ start, end, name, kind: 'law', confidence: 0.7, key: 'ordinance' });
    }
    return hits;
  },
};
