import { KNOWN_POLICIES, type KnownPolicy } from '../../../gazetteer/known-policies.js';
import { PhraseTrie } from '../../../text/phrase-trie.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// Looked up token by token in a trie: one alternation of every name, tried at every character of every
// sentence, made this the slowest policy rule.
const KNOWN = new PhraseTrie<KnownPolicy>();
for (const p of KNOWN_POLICIES) for (const name of [p.name, ...p.aliases]) KNOWN.add(name, p);

/** Laws and programs known by name or alias ("MPP", "287(g)"), under their canonical name. */
export const knownPolicyRule: PolicyRule = {
  name: 'known-policy',
  find(ctx, s) {
    const hits: PolicyHit[] = [];
    for (let i = ctx.tokenIndexAt(s.start); i < ctx.tokens.length && ctx.tokens[i]!.start < s.end; i++) {
      const m = KNOWN.longestAt(ctx.tokens, i);
      const policy = m?.values[0];
      if (!m || !policy) continue;
      const start = ctx.tokens[i]!.start;
      const end = ctx.tokens[m.to - 1]!.end;
      if (end > s.end) break;
      hits.push({ start, end, name: policy.name, kind: policy.kind, confidence: 0.95 });
      i = m.to - 1;
    }
    return hits;
  },
};
