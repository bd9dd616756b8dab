import { contentWords, containment, normalizePassage } from '../../text/normalize.js';
import { whole, wordCount, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

const WRAPPED_RE = /^[“"‘']([\s\S]+)[”"’']$/u;
/**
 * Short lines looked at under the headline: captions and datelines come before the deck, and generated
 * articles have up to 27 short lines before their first long paragraph. Without a bound, a file of
 * nothing but short lines had every line compared with every later one.
 */
const MAX_DECK_LINES = 100;

/**
 * The deck (sub-headline) under the title repeats what the body says: a quote pulled from it, or a
 * summary sentence of one of its paragraphs. Only short lines between the title and the first full
 * paragraph are considered.
 */
export const deckRule: BoilerplateRule = {
  name: 'deck',
  find(ctx) {
    if (ctx.titleParagraph === null) return [];
    const out: BoilerplateSpan[] = [];
    const ps = ctx.paragraphs;
    // Each paragraph's words are worked out once, however many candidate lines are compared with them.
    const passages: string[] = [];
    const wordLists: string[][] = [];
    const anyLater = (i: number, test: (q: number) => boolean): boolean => {
      for (let q = i + 1; q < ps.length; q++) if (test(q)) return true;
      return false;
    };
    const last = Math.min(ps.length, ctx.titleParagraph + 1 + MAX_DECK_LINES);
    for (let i = ctx.titleParagraph + 1; i < last; i++) {
      const p = ps[i];
      if (!p || wordCount(p.text) > 35) break;
      const wrapped = WRAPPED_RE.exec(p.text);
      if (wrapped?.[1]) {
        const inner = normalizePassage(wrapped[1]);
        if (inner && anyLater(i, (q) => (passages[q] ??= normalizePassage(ps[q]!.text)).includes(inner)))
          out.push(whole(p, 'deck'));
        continue;
      }
      const words = contentWords(p.text);
      if (
        words.length >= 5 &&
        anyLater(i, (q) => containment(words, (wordLists[q] ??= contentWords(ps[q]!.text))) >= 0.6)
      )
        out.push(whole(p, 'deck'));
    }
    return out;
  },
};
