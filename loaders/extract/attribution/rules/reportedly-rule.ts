import type { OrganizationKind } from '../../../extraction.js';
import { toAttribution } from '../speaker-mentions.js';
import { attributed, type AttributionRule } from '../attribution-rule.js';
import { insideOtherQuote } from '../quote-spans.js';

const MEDIA: readonly OrganizationKind[] = ['media'];

/**
 * "Officials have reportedly been told to make 1,200 arrests a day": "reportedly" credits the report the
 * story rests on, the last news outlet the narration named before it. None when no outlet was named.
 */
export const reportedlyRule: AttributionRule = {
  name: 'reportedly',
  targets: new Set(['figure', 'quote']),
  attribute(t, scope) {
    const text = scope.ctx.text;
    const cue = /\breportedly\b/i.exec(text.slice(t.from, t.to));
    if (!cue || insideOtherQuote(scope, t.from + cue.index, t.start)) return null;
    for (let i = scope.speakers.length - 1; i >= 0; i--) {
      const s = scope.speakers[i]!;
      if (s.end > t.from || !s.orgKind || !MEDIA.includes(s.orgKind) || insideOtherQuote(scope, s.start, t.start))
        continue;
      return attributed(toAttribution(s), reportedlyRule.name, 0.6);
    }
    return null;
  },
};
