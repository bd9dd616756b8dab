import { attributed, type AttributionRule } from '../attribution-rule.js';
import { leadDocumentSource } from '../lead-document.js';

/**
 * A story built on a document: when the lead says whose document it reports ("according to new Justice
 * Department directives"), later figures that name no source of their own come from it. The weakest
 * rule, tried last.
 */
export const citedDocumentRule: AttributionRule = {
  name: 'cited-document',
  targets: new Set(['figure']),
  attribute(t, scope) {
    const cited = leadDocumentSource(scope);
    return cited && cited.at < t.start ? attributed(cited.source, citedDocumentRule.name, 0.4) : null;
  },
};
