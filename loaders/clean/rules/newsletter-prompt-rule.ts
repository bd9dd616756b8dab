import { whole, wordCount, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

const PROMPT_RE =
  /\b(?:subscribe|sign up|newsletter|in your inbox|delivered to your inbox|get (?:our|the) [\w ]{0,40} (?:email|briefing|digest)|follow us on|download (?:our|the) app|get the app|enable notifications)\b/i;
const READER_RE = /\b(?:you|your|subscribe|sign up|join)\b/i;

/** "Subscribe to the … newsletter", "Sign up for …": addressed to the reader, never reporting. */
export const newsletterPromptRule: BoilerplateRule = {
  name: 'newsletter-prompt',
  find(ctx) {
    const out: BoilerplateSpan[] = [];
    for (const p of ctx.paragraphs) {
      if (wordCount(p.text) <= 60 && PROMPT_RE.test(p.text) && READER_RE.test(p.text) && !/[“”"]/.test(p.text)) {
        out.push(whole(p, 'newsletter-prompt'));
      }
    }
    return out;
  },
};
