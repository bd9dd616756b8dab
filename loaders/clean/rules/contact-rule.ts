import { whole, wordCount, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

const HEADING_RE = /^(?:(?:media|press|news)\s+)?contacts?\s*:?\s*$/i;
const EMAIL_RE = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const PHONE_RE = /(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.\s]\d{4}\b/;
const MAX_CONTACT_WORDS = 30;
/** How many lines a contact block may list under its heading. */
const MAX_CONTACT_LINES = 4;

/**
 * Press contacts ("Contacts:" then "Name, Organization, name@example.org"): who answers the phone for a
 * release is no one the release is about. A short line with an e-mail address or a phone number and no
 * sentence in it counts on its own.
 */
export const contactRule: BoilerplateRule = {
  name: 'contact',
  find(ctx) {
    const out: BoilerplateSpan[] = [];
    const ps = ctx.paragraphs;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      if (HEADING_RE.test(p.text)) {
        out.push(whole(p, 'contact'));
        let k = i + 1;
        for (; k < ps.length && k <= i + MAX_CONTACT_LINES && isContactLine(ps[k]!.text); k++)
          out.push(whole(ps[k]!, 'contact'));
        i = k - 1;
      } else if (isContactLine(p.text) && !/[.!?]["”]?$/.test(p.text)) {
        out.push(whole(p, 'contact'));
      }
    }
    return out;
  },
};

function isContactLine(text: string): boolean {
  return wordCount(text) <= MAX_CONTACT_WORDS && (EMAIL_RE.test(text) || PHONE_RE.test(text));
}
