import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// "a bill that would bar …", "a state law requiring …": legislation described by what it does.
const BILL_RE =
  /\b(?:a|an)\s+(?:new\s+)?((?:state|federal|city|county|sanctuary|[a-z]+-[a-z]+)\s+)?(bill|legislation|law|measure)\s+(?=(?:that would|to (?:bar|ban|block|require|allow|make|end|create|limit|restrict|prohibit|expand|fund|protect|punish|criminalize|deport)|requiring|banning|barring|allowing|making|prohibiting|limiting|restricting|criminalizing|protecting|expanding)\b)/gi;
const GATE_RE = /\b(?:bill|legislation|law|measure)\s+(?:that|to|[a-z]+ing)\b/i;

/** Bills, laws and measures introduced with "a"/"an" and what they would do. */
export const billRule: PolicyRule = {
  name: 'bill',
  find(ctx, s) {
    if (!GATE_RE.test(s.text)) return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(BILL_RE)) {
      const at = s.start + (m.index ?? 0);
      const start = at + m[0].search(/\S+\s+$/) - (m[1] ? m[1].length : 0);
      const more = complementAt(ctx.text, at + m[0].length, s.end, 10);
      if (!more) continue;
      const name = `${(m[1] ?? '').toLowerCase()}${(m[2] ?? '').toLowerCase()} ${more.text}`;
      hits.push({ start, end: more.end, name, kind: 'law', confidence: 0.65, coreEnd: at + m[0].trimEnd().length });
    }
    return hits;
  },
};
