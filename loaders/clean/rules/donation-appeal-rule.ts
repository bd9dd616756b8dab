import type { Paragraph } from '../../text/paragraphs.js';
import { wordCount, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

const STRONG_RE =
  /\b(?:donat(?:e|es|ed|ion|ions|ing)|tax-deductible|crowdfund\w*|pitch in|chip in|readers like you|reader[- ]supported|make a (?:gift|contribution)|become a (?:member|supporter|patron)|support (?:us\b|(?:our|independent|nonprofit) (?:journalism|reporting|newsroom|work|mission))|payment methods|^signed,? by|recurring gift|give (?:now|today))\b/i;
// Wording no news report uses about others: enough on its own, without the outlet's "we".
const SELF_EVIDENT_RE =
  /\b(?:tax-deductible|payment methods|^signed,? by|readers like you|reader[- ]supported|crowdfund\w*|pitch in|chip in)\b/i;
const VOICE_RE =
  /\b(?:we|we're|we’re|we've|we’ve|we'll|we’ll|our|us|I'm|I’m|I've|I’ve|me|my)\b|editor[- ]in[- ]chief|\bheadshot\b/i;
const QUOTED_RE = /[“"][^”"]*[”"]/g;

/**
 * A fundraising appeal: a run of paragraphs in the outlet's own voice ("we", "our", the editor) that
 * asks for money somewhere. The run is grown from each asking paragraph while neighbours keep that voice
 * (quotes are ignored: a source saying "we" is not the outlet talking).
 */
export const donationAppealRule: BoilerplateRule = {
  name: 'donation-appeal',
  find(ctx) {
    const ps = ctx.paragraphs;
    const inAppeal = new Set<number>();
    for (const p of ps) {
      if (!STRONG_RE.test(p.text) || inAppeal.has(p.index)) continue;
      if (!voiced(p) && !SELF_EVIDENT_RE.test(p.text)) continue;
      inAppeal.add(p.index);
      for (let i = p.index - 1; i >= 0; i--) {
        const q = ps[i];
        if (!q || i === ctx.titleParagraph || !voiced(q)) break;
        inAppeal.add(i);
      }
      for (let i = p.index + 1; i < ps.length; i++) {
        const q = ps[i];
        if (!q || !(voiced(q) || STRONG_RE.test(q.text) || wordCount(q.text) <= 4 || /,\s*editor/i.test(q.text))) break;
        if (/^(?:we recommend|recent stories|related|read more|more from)/i.test(q.text)) break;
        inAppeal.add(i);
      }
    }
    const out: BoilerplateSpan[] = [];
    for (const i of [...inAppeal].sort((a, b) => a - b)) {
      const p = ps[i];
      if (p) out.push({ start: p.start, end: p.end, kind: 'donation-appeal' });
    }
    return out;
  },
};

function voiced(p: Paragraph): boolean {
  return VOICE_RE.test(p.text.replace(QUOTED_RE, ' '));
}
