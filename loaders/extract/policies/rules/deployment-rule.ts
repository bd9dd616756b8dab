import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

const TROOPS_RE =
  /\b(?:troops|soldiers|marines|national guard|guard (?:members|troops|soldiers|units)|guardsmen|service ?members|active-duty|military police)\b/i;
// A deployment goes somewhere: "to Portland", "to the city"; troops merely "deployed" are not one.
const DESTINATION_RE = /\bto\s+(?:the\s+)?(?:[A-Z]|city|border|state|capital|region|area)/;
const NOUN_RE = /\bdeployments?\s+of\s+/gi;
// "700 Marines have been sent to Los Angeles by the Pentagon"
const PASSIVE_RE =
  /\b((?:(?:about|approximately|some|more than|nearly|around|up to|another)\s+)?[\d,]+\s+(?:(?:additional|more)\s+)?(?:[A-Z][a-z]+\s+)?(?:National Guard (?:troops|members|soldiers)|troops|soldiers|Marines|Guardsmen|service members))\s+(?:have been|has been|were|was|are being|is being|will be)\s+(?:sent|deployed|mobilized|dispatched|ordered)\s+(?=to\s)/g;
const VERB_RE = /\b(?:deploy(?:ed|s|ing)?|mobiliz(?:e|ed|es|ing)|sen(?:d|t|ds|ding)|dispatch(?:ed|es|ing)?)\s+(?=\S)/gi;

/**
 * Troop deployments: "the deployment of National Guard troops to Portland", "sent 200 Guard members to
 * Oregon", "his decision to mobilize 200 troops to …", "700 Marines have been sent to Los Angeles by …".
 * One per sentence and per issuer: a sentence that lists several moves, or an article that returns to
 * someone's deployment, describes one.
 */
export const deploymentRule: PolicyRule = {
  name: 'deployment',
  find(ctx, s) {
    if (!TROOPS_RE.test(s.text)) return [];
    for (const m of s.text.matchAll(PASSIVE_RE)) {
      const at = s.start + (m.index ?? 0);
      const from = at + m[0].length;
      // "… to Los Angeles | by the Pentagon": who sent them is the issuer, not the destination
      const by = ctx.text.slice(from, s.end).search(/\s+by\s/);
      const where = complementAt(ctx.text, from, by < 0 ? s.end : from + by, 6);
      if (!where || !DESTINATION_RE.test(where.text)) continue;
      return [
        {
          start: at,
          end: where.end,
          name: `deployment of ${m[1] ?? ''} ${where.text}`,
          kind: 'directive',
          confidence: 0.65,
          key: 'deployment',
          keyedByIssuer: true,
        },
      ];
    }
    for (const re of [NOUN_RE, VERB_RE]) {
      for (const m of s.text.matchAll(re)) {
        const at = s.start + (m.index ?? 0);
        const what = complementAt(ctx.text, at + m[0].length, s.end, 12);
        if (!what || !TROOPS_RE.test(what.text.split(' ').slice(0, 7).join(' ')) || !DESTINATION_RE.test(what.text))
          continue;
        const verbAt = re === VERB_RE ? at : undefined;
        const hit: PolicyHit = {
          start: at,
          end: what.end,
          name: `deployment of ${what.text}`,
          kind: 'directive',
          confidence: 0.65,
          key: 'deployment',
          keyedByIssuer: true,
          ...(verbAt === undefined ? {} : { verbAt }),
        };
        return [hit];
      }
    }
    return [];
  },
};
