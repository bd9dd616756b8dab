import type { Span } from '../../extraction.js';

export interface Paragraph extends Span {
  readonly index: number;
  readonly text: string;
}

/** Each non-empty line is a paragraph: the inputs are reduced HTML, where a line break ends a block. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    out.push({ index: out.length, start, end: start + body.length, text: body });
  }
  return out;
}
