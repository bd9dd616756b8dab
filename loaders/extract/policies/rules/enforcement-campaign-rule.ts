import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

// "the largest deportation operation in U.S. history", "a nationwide immigration crackdown", "mass
// deportation plans": an enforcement drive named by what it enforces. A plain "operation" or "effort"
// is no policy.
// Found by the enforced noun, then the modifiers before it: a pattern opening on optional words was
// tried at every word.
const CAMPAIGN_RE =
  /\b((?:mass\s+)?deportation|immigration(?:[- ]enforcement)?|removal|border(?:[- ]security)?|worksite|interior enforcement)\s+(?:operations?|efforts?|campaigns?|crackdowns?|drive|surge|blitz|push|plans?)\b/gi;
const MODIFIERS_RE =
  /\b((?:(?:largest|biggest|massive|mass|nationwide|national|sweeping|aggressive|expanded|stepped-up|renewed|federal)\s+){1,2})$/i;
const BARE_RE = /^(?:immigration|border)\s+(?!crackdowns?|blitz)/i;
// "Noem ordered a surge of agents to Chicago", "DHS launched a crackdown on …": an operation someone
// ordered, named by where or what it targets. "Campaign" is left out: companies launch campaigns too.
const ORDERED_RE =
  /\b(?:ordered|launched|announced|began|started|unleashed|authorized)\s+(?:a|an)\s+((?:(?:new|major|large-scale|massive|nationwide|sweeping|federal|targeted|coordinated)\s+){0,2})(operation|surge|crackdown|sweep|raid|raids)\s+(?=(?:in|on|of|targeting|against|across)\s)/gi;

/**
 * Enforcement drives: a deportation operation, an immigration crackdown, an operation or surge someone
 * ordered. An article has one: "the administration's deportation effort" after "a nationwide deportation
 * campaign" is the same drive.
 */
export const enforcementCampaignRule: PolicyRule = {
  name: 'enforcement-campaign',
  find(ctx, s) {
    if (!/operation|effort|campaign|crackdown|drive|surge|blitz|push|sweep|raid|plan/i.test(s.text)) return [];
    const hits: PolicyHit[] = [];
    for (const m of s.text.matchAll(CAMPAIGN_RE)) {
      // "immigration efforts", "a border surge": with nothing enforced named, only a crackdown is a drive
      if (BARE_RE.test(m[0])) continue;
      const at = s.start + (m.index ?? 0);
      const modifiers = MODIFIERS_RE.exec(ctx.text.slice(Math.max(s.start, at - 40), at))?.[1] ?? '';
      const start = at - modifiers.length;
      let end = at + m[0].length;
      let name = `${modifiers}${m[0]}`.toLowerCase();
      // "… in U.S. history", "… in Chicago": where or how big, still the drive's name
      if (/^\s+in\s/i.test(ctx.text.slice(end, end + 5))) {
        const more = complementAt(ctx.text, end, s.end, 4);
        if (more) {
          name += ` ${more.text}`;
          end = more.end;
        }
      }
      hits.push({ start, end, name, kind: 'program', confidence: 0.6, key: 'enforcement campaign' });
    }
    for (const m of s.text.matchAll(ORDERED_RE)) {
      const verbAt = s.start + (m.index ?? 0);
      const head = m[2] ?? '';
      const start = verbAt + m[0].indexOf((m[1] || head) ?? '');
      const what = complementAt(ctx.text, verbAt + m[0].length, s.end, 6);
      if (!what) continue;
      const modifiers = (m[1] ?? '').toLowerCase().replace(/\bnew\s+/, '');
      hits.push({
        start,
        end: what.end,
        name: `${modifiers}${head.toLowerCase()} ${what.text}`,
        kind: 'program',
        confidence: 0.6,
        key: 'enforcement campaign',
        verbAt,
      });
    }
    return hits;
  },
};
