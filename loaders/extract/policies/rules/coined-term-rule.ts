import { isNamedAfter } from '../named-after.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

const MODIFIED_RE =
  /(?:[“"]([^”"]{3,60})[”"]|\b((?:\p{L}+-){1,4}\p{L}+))\s+(policy|policies|approach|program|initiative|mandates?|rule|ban|protocols?|doctrine|strategy)\b/gu;
const HEAD_GATE_RE = /polic|approach|program|initiative|mandate|rule|ban|protocol|doctrine|strategy/i;
const GENERIC_HYPHEN =
  /^(?:long|short|so|case-by-case|multi|well|decades|years|months|hard|first|second|third|high|low|full|part|large|small|wide|far|non|self|re|co|pre|post|top|mid)-|-(?:term|standing|known|layered|pronged|based|level|wide|time|old|year|day|month|called|scale|range|making)$/i;
const APPROACH_TAIL_RE = /^\s+(to\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)/u;

/**
 * A coined term before "policy", "approach", "ban"…: “zero-tolerance” policy, "whole-of-government
 * approach to border enforcement". Common hyphenated adjectives ("long-term policy") coin nothing.
 */
export const coinedTermRule: PolicyRule = {
  name: 'coined-term',
  find(ctx, s) {
    if (!HEAD_GATE_RE.test(s.text) || !/[-“"]/.test(s.text)) return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(MODIFIED_RE)) {
      const quoted = m[1];
      const hyphen = m[2];
      const head = (m[3] ?? '').toLowerCase();
      if (hyphen && GENERIC_HYPHEN.test(hyphen)) continue;
      if (hyphen && /^(?:approach|strategy)$/.test(head) && hyphen.split('-').length < 3) continue;
      const start = s.start + (m.index ?? 0);
      let end = start + m[0].length;
      if (isNamedAfter(ctx.text, end)) continue;
      let name = `${quoted ?? hyphen ?? ''} ${m[3] ?? ''}`;
      const tail = /^(?:approach|strategy)$/.test(head) ? APPROACH_TAIL_RE.exec(ctx.text.slice(end, end + 60)) : null;
      if (tail?.[1] && !/\b(?:and|the|a)$/.test(tail[1])) {
        name += ` ${tail[1]}`;
        end += tail[0].length;
      }
      hits.push({
        start,
        end,
        name,
        kind: head.startsWith('program') ? 'program' : 'policy',
        confidence: quoted ? 0.7 : 0.8,
      });
    }
    return hits;
  },
};
