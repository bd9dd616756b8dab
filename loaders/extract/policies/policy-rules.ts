import type { PolicyRule } from './policy-rule.js';
import { agreementRule } from './rules/agreement-rule.js';
import { banRule } from './rules/ban-rule.js';
import { billRule } from './rules/bill-rule.js';
import { calledNameRule } from './rules/called-name-rule.js';
import { coinedTermRule } from './rules/coined-term-rule.js';
import { courtOrderRule } from './rules/court-order-rule.js';
import { deploymentRule } from './rules/deployment-rule.js';
import { describedProgramRule } from './rules/described-program-rule.js';
import { emergencyDeclarationRule } from './rules/emergency-declaration-rule.js';
import { enforcementCampaignRule } from './rules/enforcement-campaign-rule.js';
import { grantConditionRule } from './rules/grant-condition-rule.js';
import { instrumentRule } from './rules/instrument-rule.js';
import { knownPolicyRule } from './rules/known-policy-rule.js';
import { ordinanceRule } from './rules/ordinance-rule.js';
import { promiseRule } from './rules/promise-rule.js';
import { properNameRule } from './rules/proper-name-rule.js';
import { targetRule } from './rules/target-rule.js';

/**
 * In order of precedence: where two rules read overlapping words, the earlier one names the policy.
 * Names come first, then instruments whose type says they are policies (court orders, agreements,
 * executive orders), then policies described only by what they do.
 */
export const POLICY_RULES: readonly PolicyRule[] = Object.freeze([
  knownPolicyRule,
  properNameRule,
  calledNameRule,
  coinedTermRule,
  courtOrderRule,
  agreementRule,
  instrumentRule,
  emergencyDeclarationRule,
  ordinanceRule,
  billRule,
  banRule,
  grantConditionRule,
  targetRule,
  describedProgramRule,
  promiseRule,
  deploymentRule,
  enforcementCampaignRule,
]);
