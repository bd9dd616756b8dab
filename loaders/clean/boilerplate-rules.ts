import type { BoilerplateRule } from './boilerplate-rule.js';
import { navigationRule } from './rules/navigation-rule.js';
import { relatedLinksRule } from './rules/related-links-rule.js';
import { donationAppealRule } from './rules/donation-appeal-rule.js';
import { newsletterPromptRule } from './rules/newsletter-prompt-rule.js';
import { captionRule } from './rules/caption-rule.js';
import { bylineRule } from './rules/byline-rule.js';
import { contactRule } from './rules/contact-rule.js';
import { datelineRule } from './rules/dateline-rule.js';
import { deckRule } from './rules/deck-rule.js';
import { duplicateRule } from './rules/duplicate-rule.js';

/** In order of precedence: where two rules claim the same words, the earlier one names them. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = Object.freeze([
  navigationRule,
  relatedLinksRule,
  donationAppealRule,
  newsletterPromptRule,
  captionRule,
  bylineRule,
  contactRule,
  datelineRule,
  deckRule,
  duplicateRule,
]);
