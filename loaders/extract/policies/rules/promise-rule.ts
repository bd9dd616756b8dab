import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// Verbs of enforcement a promise can be a policy of; "promised to bring humanity to …" is no policy.
const POLICY_VERB = String.raw`(?:deport|bus|build|finish|end|ban|close|deploy|expel|detain|cut|withhold|stop|deny|remove|hire|send|bar|block|restrict|limit|suspend|halt|impose|reinstate|restore|terminate|abolish|defund|raid|arrest|round up|prosecute|expand|seal|secure|shut|crack down|carry out|launch|revoke|rescind|repeal|reverse|eliminate|enforce|punish|fine|jail|lock up)`;
const CAMPAIGN_RE = /\bcampaign\s+(?:promises?|pledges?|vows?)\s+(?=(?:of|to)\s)/gi;
const VERB_RE = new RegExp(
  String.raw`\b(?:promised|pledged|vowed|promises|pledges|vows)\s+(?=to\s+${POLICY_VERB}\b)`,
  'gi',
);

/**
 * Promises of a policy: a "campaign promise of/to …", or someone who "pledged/promised/vowed to" deport,
 * build, end… A promiser's later "promises to deport millions" are the same promise in other words, so
 * there is one per promiser. "His pledge to …" with no one named says too little to stand alone.
 */
export const promiseRule: PolicyRule = {
  name: 'promise',
  find(ctx, s) {
    if (!/promis|pledg|vow/i.test(s.text)) return [];
    for (const [re, noun] of [
      [CAMPAIGN_RE, 'campaign promise'],
      [VERB_RE, 'promise'],
    ] as const) {
      for (const m of s.text.matchAll(re)) {
        const at = s.start + (m.index ?? 0);
        const what = complementAt(ctx.text, at + m[0].length, s.end, 12);
        if (!what || what.text.split(' ').length < 2) continue;
        const hit: PolicyHit = {
          start: at,
          end: what.end,
          name: `${noun} ${what.text}`,
          kind: 'policy',
          confidence: 0.6,
          key: 'promise',
          keyedByIssuer: true,
          ...(re === VERB_RE ? { verbAt: at } : {}),
        };
        return [hit];
      }
    }
    return [];
  },
};
