import { attributed, type AttributionRule } from '../attribution-rule.js';
import { speakerStartingNear } from '../speaker-phrase.js';
import { possessed, speakersWithin, toAttribution } from '../speaker-mentions.js';
import { insideOtherQuote } from '../quote-spans.js';

const DATA_NOUN = String.raw`(?:analysis|data|report|reports|study|figures|statistics|numbers|records|estimates?|survey|review|tally|count|release|press release|statement)`;
/** "ICE data show", "the agency’s own figures", "TRAC’s analysis": the owner of the data is the source. */
const OWNER_THEN_NOUN = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:(?:own|latest|new|annual|monthly|internal|preliminary|official)\s+)?${DATA_NOUN}\b`,
  'i',
);
/** "data obtained by X", "an analysis by X", "figures from X". */
const NOUN_THEN_OWNER = new RegExp(
  String.raw`\b(?:${DATA_NOUN}\s+(?:\w+\s+)?(?:by|from|of)|obtained by|compiled by|released by|published by|provided by|analy[sz]ed by)\s+(?:the\s+)?`,
  'gi',
);

/** "…, CBP figures show." closing the figure's sentence. */
const SHOWN_AFTER = new RegExp(
  String.raw`,\s+((?:the\s+)?[^,;]{2,60}?\s+${DATA_NOUN}\s+(?:show|shows|showed|indicate|indicates|suggest|suggests)\b)`,
  'i',
);

/**
 * Figures credited to the body whose data, report or release the figure's sentence cites before it, or
 * after it in "…, X data show".
 */
export const dataSourceRule: AttributionRule = {
  name: 'data-source',
  targets: new Set(['figure']),
  attribute(t, scope) {
    const text = scope.ctx.text;
    for (const m of text.slice(t.from, t.to).matchAll(NOUN_THEN_OWNER)) {
      const at = t.from + (m.index ?? 0) + m[0].length;
      const s = speakerStartingNear(scope, at, 4);
      if (s) return attributed(s, dataSourceRule.name, 0.85);
    }
    // "ICE data show 4,000 …": the owner comes first; "…, and ICE reports estimate" after the figure is another clause's.
    for (const s of speakersWithin(scope.speakers, t.from, t.start)) {
      if (insideOtherQuote(scope, s.start, t.start)) continue;
      if (OWNER_THEN_NOUN.test(text.slice(s.end, s.end + 40)))
        return attributed(toAttribution(possessed(text, scope.speakers, s)), dataSourceRule.name, 0.85);
    }
    const after = SHOWN_AFTER.exec(text.slice(t.end, t.to));
    if (after) {
      const at = t.end + after.index + after[0].length - after[1]!.length;
      const s = speakerStartingNear(scope, at, 4);
      if (s) return attributed(s, dataSourceRule.name, 0.85);
    }
    return null;
  },
};
