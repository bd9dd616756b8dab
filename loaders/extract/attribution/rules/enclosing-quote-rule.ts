import { attributed, type AttributionRule } from '../attribution-rule.js';

/** A figure inside a quotation is the speaker's: "“Arrests rose 40% this year,” said Ana Ruiz". */
export const enclosingQuoteRule: AttributionRule = {
  name: 'enclosing-quote',
  targets: new Set(['figure']),
  attribute(t, scope) {
    const q = scope.attributedQuotes.find((x) => x.speaker && x.evidence.start <= t.start && t.end <= x.evidence.end);
    if (!q?.speaker || !q.speakerKind) return null;
    return attributed(
      { speaker: q.speaker, kind: q.speakerKind, description: q.speakerDescription },
      enclosingQuoteRule.name,
      0.8,
    );
  },
};
