import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// Ordinances are laws whatever their determiner; "the ordinance" later is the same one.
const ORDINANCE_RE = /\b(?:(?:city|county|local|municipal|sanctuary|new|proposed)\s+)*ordinances?\b/gi;
// "a bill that would bar …", "a state law requiring …": legislation described by what it does.
const BILL_RE = /\b(?:a|an)\s+(?:new\s+)?((?:state|federal|city|county|sanctuary|[a-z]+-[a-z]+)\s+)?(bill|legislation|law|measure)\s+(?=(?:that would|to (?:bar|ban|block|require|allow|make|end|create|limit|restrict|prohibit|expand|fund|protect|punish|criminalize|deport)|requiring|banning|barring|allowing|making|prohibiting|limiting|restricting|criminalizing|protecting|expanding)\b)/gi;
const BILL_GATE_RE = /\b(?:bill|legislation|law|measure)\s+(?:that|to|[a-z]+ing)\b/i;
const PURPOSE_RE = /^\s+(?:that|to|requiring|banning|barring|allowing|making|prohibiting|limiting|restricting|declaring|criminalizing|protecting|expanding)\b/i;

/** Ordinances, and bills or laws described by what they would do. */
export const legislationRule: PolicyRule = {
  name: 'legislation',
  find(ctx, s) {
    const hits: PolicyHit[] = [];
    if (/ordinance/i.test(s.text)) for (const m of s.text.matchAll(ORDINANCE_RE)) {
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
    if (BILL_GATE_RE.test(s.text)) for (const m of s.text.matchAll(BILL_RE)) {
      const at = s.start + (m.index ?? 0);
      const start = at + m[0].search(/\S+\s+$/) - (m[1] ? m[1].length : 0);
      const more = complementAt(ctx.text, at + m[0].length, s.end, 10);
      if (!more) continue;
      hits.push({ start, end: more.end, name: `${(m[1] ?? '').toLowerCase()}${(m[2] ?? '').toLowerCase()} ${more.text}`, kind: 'law', confidence: 0.65, coreEnd: at + m[0].trimEnd().length });
    }
    return hits;
  },
};
