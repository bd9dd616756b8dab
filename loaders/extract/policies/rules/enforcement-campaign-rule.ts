import { complementAt } from '../complement.js';
import type { PolicyRule } from '../policy-rule.js';

// "the largest deportation operation in U.S. history", "a nationwide immigration crackdown": an
// enforcement drive named by what it enforces. A plain "operation" or "effort" is no policy.
const CAMPAIGN_RE =
  /\b(?:(?:the|a|an)\s+)?((?:(?:largest|biggest|massive|mass|nationwide|national|sweeping|aggressive|expanded|stepped-up|renewed|federal)\s+){0,2})((?:(?:mass\s+)?deportation|immigration(?:[- ]enforcement)?|removal|border(?:[- ]security)?|worksite|interior enforcement)\s+(?:operation|effort|campaign|crackdown|drive|surge|blitz|push))\b/gi;

/**
 * Enforcement drives: a deportation operation, an immigration crackdown. An article has one: "the
 * administration's deportation effort" after "a nationwide deportation campaign" is the same drive.
 */
export const enforcementCampaignRule: PolicyRule = {
  name: 'enforcement-campaign',
  find(ctx, s) {
    if (!/operation|effort|campaign|crackdown|drive|surge|blitz|push/i.test(s.text)) return [];
    const hits = [];
    for (const m of s.text.matchAll(CAMPAIGN_RE)) {
      const at = s.start + (m.index ?? 0);
      const start = at + m[0].indexOf((m[1] || m[2]) ?? '');
      let end = at + m[0].length;
      let name = `${m[1] ?? ''}${m[2] ?? ''}`.toLowerCase();
      // "… in U.S. history", "… in Chicago": where or how big, still the drive's name
      if (/^\s+in\s/i.test(ctx.text.slice(end, end + 5))) {
        const more = complementAt(ctx.text, end, s.end, 4);
        if (more) {
          name += ` ${more.text}`;
          end = more.end;
        }
      }
      hits.push({ start, end, name, kind: 'program' as const, confidence: 0.6, key: 'enforcement campaign' });
    }
    return hits;
  },
};
