import { whole, wordCount, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

/** Site chrome that survives HTML-to-text: skip links, menus, share buttons, reading-time badges. */
export const NAVIGATION_RE =
  /^(?:skip to (?:main )?content|skip navigation|toggle navigation|main menu|menu|search|sign in|log in|sign up|home|share|share this(?: article| story)?|share on \w+|tweet|print|email|facebook|twitter|linkedin|whatsapp|copy link|advertisement|sponsored|close|open menu|back to top|listen(?: to this article)?.*|\d+ min(?:ute)? read|comments?|show comments|view comments|\(\d+\) comments?)$/i;

export const navigationRule: BoilerplateRule = {
  name: 'navigation',
  find(ctx) {
    const out: BoilerplateSpan[] = [];
    for (const p of ctx.paragraphs) {
      if (wordCount(p.text) <= 6 && NAVIGATION_RE.test(p.text)) out.push(whole(p, 'navigation'));
    }
    return out;
  },
};
