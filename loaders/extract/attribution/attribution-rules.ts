import type { AttributionRule } from './attribution-rule.js';
import { accordingToRule } from './rules/according-to-rule.js';
import { citedDocumentRule } from './rules/cited-document-rule.js';
import { clauseSubjectRule } from './rules/clause-subject-rule.js';
import { colonRule } from './rules/colon-rule.js';
import { dataSourceRule } from './rules/data-source-rule.js';
import { enclosingQuoteRule } from './rules/enclosing-quote-rule.js';
import { paragraphBeforeRule } from './rules/paragraph-before-rule.js';
import { reportedlyRule } from './rules/reportedly-rule.js';
import { saidAfterRule } from './rules/said-after-rule.js';
import { saidBeforeRule } from './rules/said-before-rule.js';
import { signOffRule } from './rules/sign-off-rule.js';

/**
 * In order of precedence: the first rule that names a speaker wins. The words right after a quotation
 * attribute it most surely, a cue like "according to" next, then the verb before it; a colon, the
 * reporter ending the paragraph before, an enclosing quotation,
 * "reportedly", a clause's subject and a document the lead cites are the weakest signs.
 */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = Object.freeze([
  saidAfterRule,
  signOffRule,
  accordingToRule,
  dataSourceRule,
  saidBeforeRule,
  colonRule,
  paragraphBeforeRule,
  enclosingQuoteRule,
  reportedlyRule,
  clauseSubjectRule,
  citedDocumentRule,
]);
