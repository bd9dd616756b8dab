import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

const MOU_RE = /\bmemorand(?:um|a) of understanding\b/gi;
// "an agreement with Mexico", "a deal for El Salvador to hold …", "a new accord to return …"
const NOUN_RE =
  /\b(?:a|an|one|new)\s+(?:(?:\$[\d.,]+\s+(?:million|billion)|[a-z]+(?:-[a-z]+)*)\s+){0,3}?(agreement|deal|accord|pact)\s+(?=(?:(?:with|between)\s+(?:the\s+)?[A-Z]|for\s+(?:the\s+)?[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}\s+to\s|to\s+[a-z]))/gu;
// "Bukele agreed to keep 300 immigrants …": agreeing to take in, hold or return people is an agreement.
const AGREED_RE =
  /\bagreed\s+to\s+(?=(?:accept|take|keep|hold|house|receive|detain|jail|imprison|return|readmit|host|resettle)\s)/g;
const PEOPLE_RE =
  /\b(?:migrants?|immigrants?|deportees?|asylum[- ]seekers?|refugees?|detainees?|prisoners?|people|individuals|nationals|deported|removed|families|children)\b/i;

/**
 * Agreements: memoranda of understanding, "an agreement/deal with X" or "for X to …", and a party that
 * "agreed to keep/accept/return" people, named with what they settle.
 */
export const agreementRule: PolicyRule = {
  name: 'agreement',
  find(ctx, s) {
    if (!/agree|memorand|deal|accord|pact/i.test(s.text)) return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(MOU_RE)) {
      const start = s.start + (m.index ?? 0);
      let end = start + m[0].length;
      let name = m[0].toLowerCase();
      if (/^\s+(?:with|between|on)\s/i.test(ctx.text.slice(end, end + 10))) {
        const more = complementAt(ctx.text, end, s.end, 8);
        if (more) {
          name += ` ${more.text}`;
          end = more.end;
        }
      }
      hits.push({ start, end, name, kind: 'policy', confidence: 0.75 });
    }
    for (const m of s.text.matchAll(NOUN_RE)) {
      const headStart = s.start + (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? '');
      const more = complementAt(ctx.text, headStart + (m[1] ?? '').length, s.end, 12);
      if (!more) continue;
      const coreEnd = headStart + (m[1] ?? '').length;
      hits.push({
        start: headStart,
        end: more.end,
        name: `${(m[1] ?? '').toLowerCase()} ${more.text}`,
        kind: 'policy',
        confidence: 0.7,
        coreEnd,
      });
    }
    for (const m of s.text.matchAll(AGREED_RE)) {
      const verbAt = s.start + (m.index ?? 0);
      const from = verbAt + 'agreed to'.length;
      const more = complementAt(ctx.text, from, s.end, 14);
      if (!more || !PEOPLE_RE.test(more.text.split(' ').slice(0, 6).join(' '))) continue;
      hits.push({
        start: verbAt,
        end: more.end,
        name: `agreement to ${more.text}`,
        kind: 'policy',
        confidence: 0.65,
        verbAt,
      });
    }
    return hits;
  },
};
