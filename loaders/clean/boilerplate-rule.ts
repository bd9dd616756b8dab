import type { BoilerplateKind, SourceDocument, Span } from '../extraction.js';
import type { Paragraph } from '../text/paragraphs.js';
import type { Sentence } from '../text/sentences.js';

export type BoilerplateSpan = Span & { readonly kind: BoilerplateKind };

export interface CleanContext {
  readonly doc: SourceDocument;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** Index of the paragraph taken as the headline, if any. */
  readonly titleParagraph: number | null;
}

/** One kind of page furniture: every rule has this shape and they are run from one list. */
export interface BoilerplateRule {
  readonly name: string;
  find(ctx: CleanContext): readonly BoilerplateSpan[];
}

export function whole(p: Paragraph, kind: BoilerplateKind): BoilerplateSpan {
  return { start: p.start, end: p.end, kind };
}

export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
