import type { Span } from '../extraction.js';
import { cutAt } from './cut-at.js';

export interface Paragraph extends Span {
  readonly index: number;
  readonly text: string;
}

/**
 * Longer than this, a line is not one paragraph but a page that lost its line breaks (a feed item or
 * a scrape flattened to one line) and is cut at a sentence end. The longest paragraph of the sample and
 * generated corpora is 3,844 characters. Paragraph-wide rules (a quotation not closed runs to its
 * paragraph's end; a donation appeal claims whole paragraphs) must not reach across a whole article.
 */
export const MAX_PARAGRAPH_CHARS = 10_000;
const SENTENCE_END = /[.!?]["”’)\]]*\s+/;

/** Each non-empty line is a paragraph: the inputs are reduced HTML, where a line break ends a block. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    while (end - start > MAX_PARAGRAPH_CHARS) {
      const cut = cutAt(text, start, start + MAX_PARAGRAPH_CHARS, SENTENCE_END);
      push(out, text, start, cut);
      start = cut;
    }
    push(out, text, start, end);
  }
  return out;
}

/** The span without its surrounding white space, unless nothing is left. */
function push(out: Paragraph[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const body = raw.trim();
  if (!body) return;
  const from = start + raw.length - raw.trimStart().length;
  out.push({ index: out.length, start: from, end: from + body.length, text: body });
}
