import { REPORTING_VERBS } from '../../../gazetteer/saying-verbs.js';
import { attributed, type AttributionRule } from '../attribution-rule.js';
import { speakerEndingAt } from '../speaker-phrase.js';

/**
 * "Ana Ruiz said the shelter was full.¶“We turned away forty families.”": a quotation opening its
 * paragraph with no attribution of its own continues the one who was reporting at the end of the
 * paragraph before.
 */
export const paragraphBeforeRule: AttributionRule = {
  name: 'paragraph-before',
  targets: new Set(['quote']),
  attribute(t, scope) {
    const { ctx } = scope;
    const p = ctx.paragraphs.find((x) => x.start <= t.start && t.start < x.end);
    if (!p || p.start !== t.start || p.index === 0) return null;
    const prev = ctx.paragraphs[p.index - 1];
    const last = prev && ctx.furnitureAt(prev.start) === null ? ctx.sentenceAt(prev.end - 1) : undefined;
    if (!last || /[“”"]/.test(last.text)) return null;
    for (const m of last.text.matchAll(/\p{L}+/gu)) {
      if (!REPORTING_VERBS.has(m[0].toLowerCase())) continue;
      const s = speakerEndingAt(scope, last.start + (m.index ?? 0), last.start);
      return s ? attributed(s, paragraphBeforeRule.name, 0.6) : null;
    }
    return null;
  },
};
