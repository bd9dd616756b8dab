import { contentWords, normalizePassage } from '../../extract/text/normalize.js';
import { whole, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

const NEAR_DUPLICATE = 0.75;

/**
 * Paragraphs printed twice (word for word, or with a few words changed by a later edit), and sentences
 * repeated word for word anywhere: only the first copy counts, so a repeat never yields a second fact.
 */
export const duplicateRule: BoilerplateRule = {
  name: 'duplicate-paragraph',
  find(ctx) {
    const out: BoilerplateSpan[] = [];
    const seen: Set<string>[] = [];
    const dupParagraphs = new Set<number>();
    for (const p of ctx.paragraphs) {
      const words = new Set(contentWords(p.text));
      if (words.size >= 6 && seen.some((w) => setJaccard(w, words) >= NEAR_DUPLICATE)) {
        out.push(whole(p, 'duplicate-paragraph'));
        dupParagraphs.add(p.index);
      } else seen.push(words);
    }
    const sentences = new Set<string>();
    for (const s of ctx.sentences) {
      if (dupParagraphs.has(s.paragraph)) continue;
      const key = normalizePassage(s.text);
      if (key.split(' ').length < 6) continue;
      if (sentences.has(key)) out.push({ start: s.start, end: s.end, kind: 'duplicate-paragraph' });
      else sentences.add(key);
    }
    return out;
  },
};

function setJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / (a.size + b.size - n);
}
