import type { ArticleContext } from '../../article-context.js';
import type { Sentence } from '../../../text/sentences.js';
import { complementAt } from '../complement.js';
import type { PolicyHit, PolicyRule } from '../policy-rule.js';

const NUMBER = String.raw`(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:hundred|thousand|million|billion))?|a\s+(?:hundred|thousand|million|billion))`;
// "a daily arrest target of 3,000", "quotas for immigration judges", "a quota system", "deportation goals"
const NOUN_RE = new RegExp(
  String.raw`\b(?:(daily|weekly|monthly|annual|yearly|numerical|numeric)\s+)?(?:(arrest|deportation|removal|detention|apprehension|admissions?|refugee|case|enforcement|performance)\s+)?(quota systems?|quotas?|targets?|goals?)\b(?=(\s+(?:of\s+(?:at least\s+|about\s+|more than\s+|roughly\s+|between\s+|up to\s+)?${NUMBER}|for\s|on\s))?)`,
  'gi',
);
// "officials have been told to achieve 1,000 arrests a day": a number imposed on officials is a target.
const TOLD_RE = new RegExp(
  String.raw`\b(?:were|was|are|is|have|has|had|being)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:told|ordered|directed|instructed|required|pressed|pressured)\s+to\s+(?:achieve|reach|meet|make|hit|carry out|complete|clear|conduct|arrest|deport|detain|process|remove)\s+((?:at least|between|more than|as many as|up to|roughly|about)\s+)?(?=${NUMBER}\s)`,
  'gi',
);
const TOLD_GATE_RE = /\b(?:told|ordered|directed|instructed|required|pressed|pressured)\s+to\s/i;
const RATE_RE = /\b(?:a|per|each|every)\s+(?:day|week|month|year)\b/i;

/**
 * Targets and quotas imposed on officials: named as such ("a daily arrest target of …", "quotas for
 * immigration judges", "a quota system") or as a number officials were told to reach in a period ("told
 * to achieve 1,500 arrests a day"). A bare "target" or "goal" is not one: it needs a kind, a number or a
 * rate.
 */
export const targetRule: PolicyRule = {
  name: 'target',
  role: 'content',
  find(ctx, s) {
    return [
      ...(/quota|target|goal/i.test(s.text) ? namedTargets(ctx, s) : []),
      ...(TOLD_GATE_RE.test(s.text) ? toldTargets(ctx, s) : []),
    ];
  },
};

function namedTargets(ctx: ArticleContext, s: Sentence): PolicyHit[] {
  const hits: PolicyHit[] = [];
  for (const m of s.text.matchAll(NOUN_RE)) {
    const head = (m[3] ?? '').toLowerCase();
    const tail = m[4];
    const quota = head.startsWith('quota');
    if (!m[1] && !m[2] && !(tail && /^\s+of/.test(tail)) && !(quota && (tail || head.includes('system')))) continue;
    if (/^targets?$/.test(head) && !m[1] && !(tail && /^\s+of/.test(tail))) continue;
    const start = s.start + (m.index ?? 0);
    let end = start + m[0].length;
    let name = m[0].toLowerCase();
    if (tail) {
      const more = complementAt(ctx.text, end, s.end, 10);
      if (more) {
        name += ` ${more.text}`;
        end = more.end;
      }
    }
    hits.push({ start, end, name, kind: 'directive', confidence: 0.7, key: 'target' });
  }
  return hits;
}

function toldTargets(ctx: ArticleContext, s: Sentence): PolicyHit[] {
  const hits: PolicyHit[] = [];
  for (const m of s.text.matchAll(TOLD_RE)) {
    const from = s.start + (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    const more = complementAt(ctx.text, from, s.end, 10);
    if (!more || !RATE_RE.test(more.text)) continue;
    const rate = RATE_RE.exec(more.text);
    const text = more.text.slice(0, (rate?.index ?? 0) + (rate?.[0].length ?? 0));
    hits.push({
      start: s.start + (m.index ?? 0),
      end: from + text.length,
      name: `target of ${text}`,
      kind: 'directive',
      confidence: 0.65,
      key: 'target',
    });
  }
  return hits;
}
