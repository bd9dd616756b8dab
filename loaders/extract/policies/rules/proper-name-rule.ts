import type { PolicyKind } from '../../../extraction.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

const HEAD_KINDS: Readonly<Record<string, PolicyKind>> = {
  Act: 'law',
  Law: 'law',
  Bill: 'law',
  Order: 'executive_order',
  Program: 'program',
  Programme: 'program',
  Protocols: 'policy',
  Initiative: 'program',
  Rule: 'policy',
  Directive: 'directive',
  Proclamation: 'executive_order',
  Plan: 'program',
  Doctrine: 'policy',
  Policy: 'policy',
  Grant: 'program',
  Memorandum: 'memo',
};
// Words are bounded ({1,40}): unbounded, a run such as "O'O'O'…" is read whole from each of its letters.
// A head followed by another capitalised word is a first name or part of a longer name ("Bill Melugin",
// "Grant Park"); a number after it is part of the name ("Senate Bill 4").
const PROPER_RE =
  /\b((?:Operation (?:[A-Z][\w’'-]{1,40} ?){1,3})|(?:Proclamation|Memorandum|Directive) (?:No\. ?)?\d{1,5}\b|(?:SB|HB|AB|H\.R\.) ?\d{1,4}\b|(?:(?:[A-Z][\w’'-]{0,40}|of|the|and|for|on|in) ){1,6}(?:Act|Law|Bill|Order|Program|Programme|Protocols|Initiative|Rule|Directive|Proclamation|Plan|Doctrine|Policy|Grant|Memorandum(?! of Understanding))(?: (?:No\. ?)?\d{1,5}\b)?)\b(?!\s+[A-Z])/g;
const HEAD_GATE_RE =
  /\b(?:Act|Law|Bill|Order|Program|Programme|Protocols|Initiative|Rule|Directive|Proclamation|Plan|Doctrine|Policy|Grant|Memorandum|Operation|SB|HB|AB|H\.R\.)(?:\b|\s)/;
const LEADING_RE = /^(?:(?:The|the|A|An|In|On|Of|For|And|But)\s+)+/;

/**
 * Capitalised names ending in Act, Order, Program, Bill…, "Operation X", numbered instruments
 * ("Proclamation 10886") and bills ("SB 4", "H.R. 2"). A grant is a name only with three words or more
 * ("Justice Assistance Grant"), since "Grant" alone is also a given name.
 */
export const properNameRule: PolicyRule = {
  name: 'proper-name',
  find(_ctx, s) {
    if (!HEAD_GATE_RE.test(s.text)) return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(PROPER_RE)) {
      const raw = (m[1] ?? '').replace(LEADING_RE, '');
      const words = raw.split(' ');
      const head = words.filter((w) => !/^(?:No\.|\d+)$/.test(w)).pop() ?? '';
      const numbered = /\d$/.test(raw);
      if ((words.length < 2 && !numbered) || !/^[A-Z]/.test(raw) || (head === 'Grant' && words.length < 3)) continue;
      const start = s.start + (m.index ?? 0) + (m[1] ?? '').indexOf(raw);
      const kind =
        HEAD_KINDS[head] ??
        (raw.startsWith('Operation') ? 'program' : /^(?:SB|HB|AB|H\.R\.)/.test(raw) ? 'law' : 'policy');
      hits.push({ start, end: start + raw.length, name: raw, kind, confidence: 0.85 });
    }
    return hits;
  },
};
