import { contentWords, normalizePassage } from '../../text/normalize.js';
import { whole, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';
import { NearDuplicates } from './near-duplicates.js';

const NEAR_DUPLICATE = 0.75;

/**
 * Paragraphs printed twice (word for word, or with a few words changed by a later edit), and sentences
 * repeated word for word anywhere: only the first copy counts, so a repeat never yields a second fact.
 */
export const duplicateRule: BoilerplateRule = {
  name: 'duplicate-paragraph',
  find(ctx) {
    const out: BoilerplateSpan[] = [];
    const wordSets = ctx.paragraphs.map((p) => new Set(contentWords(p.text)));
    const seen = new NearDuplicates(wordSets, NEAR_DUPLICATE);
    const dupParagraphs = new Set<number>();
    for (const [i, p] of ctx.paragraphs.entries()) {
      const words = wordSets[i]!;
      if (words.size >= 6 && seen.repeats(words, setJaccard)) {
        out.push(whole(p, 'duplicate-paragraph'));
        dupParagraphs.add(p.index);
      } else seen.keep(words);
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
