import { contentWords, containment, normalizePassage } from '../../extract/text/normalize.js';
import { whole, wordCount, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

const WRAPPED_RE = /^[“"‘']([\s\S]+)[”"’']$/u;

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
    for (let i = ctx.titleParagraph + 1; i < ps.length; i++) {
      const p = ps[i];
      if (!p || wordCount(p.text) > 35) break;
      const later = ps.slice(i + 1);
      const wrapped = WRAPPED_RE.exec(p.text);
      if (wrapped?.[1]) {
        const inner = normalizePassage(wrapped[1]);
        if (inner && later.some((q) => normalizePassage(q.text).includes(inner))) out.push(whole(p, 'deck'));
        continue;
      }
      const words = contentWords(p.text);
      if (words.length >= 5 && later.some((q) => containment(words, contentWords(q.text)) >= 0.6)) out.push(whole(p, 'deck'));
    }
    return out;
  },
};
