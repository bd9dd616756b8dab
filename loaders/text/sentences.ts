import type { Span } from '../extraction.js';
import type { Paragraph } from './paragraphs.js';
import { ABBREVIATIONS, isInitial } from './abbreviations.js';
import { cutAt } from './cut-at.js';

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
}

// A candidate end: terminal punctuation, optional closing quotes/brackets, then space and a likely opener.
// The lookbehind tries a run of marks once, from its first mark: tried from every mark of "……" the
// regex would take time quadratic in the run's length.
const END_RE = /(?<![.!?])[.!?]+["”’)\]]*(?=\s+["“‘([]?[A-Z0-9$])/g;

/**
 * Longer than this, a "sentence" is text without sentence punctuation (a list, a table flattened to a
 * line, noise) and is cut at a space; the longest sentence of the sample and generated corpora is 310
 * characters. Every extractor scans a figure's or a quote's sentence, so unbounded sentences would make
 * extraction quadratic in the length of a line.
 */
export const MAX_SENTENCE_CHARS = 1_000;
/** No abbreviation or dotted acronym is longer; the look back for one stops there. */
const MAX_ABBREVIATION_CHARS = 12;

/** Splits each paragraph into sentences; a paragraph end always ends a sentence. */
export function splitSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    let from = p.start;
    const body = text.slice(p.start, p.end);
    END_RE.lastIndex = 0;
    for (let m = END_RE.exec(body); m; m = END_RE.exec(body)) {
      const dot = p.start + m.index;
      if (m[0].startsWith('.') && !endsSentence(text, from, dot)) continue;
      const end = p.start + m.index + m[0].length;
      pushBounded(out, text, from, end, p.index);
      from = skipSpace(text, end, p.end);
    }
    if (from < p.end) pushBounded(out, text, from, p.end, p.index);
  }
  return out;
}

/** Pushes [start, end) as sentences of at most MAX_SENTENCE_CHARS. */
function pushBounded(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const cut = cutAt(text, from, from + MAX_SENTENCE_CHARS);
    push(out, text, from, cut, paragraph);
    from = skipSpace(text, cut, end);
  }
  if (from < end) push(out, text, from, end, paragraph);
}

function endsSentence(text: string, from: number, dot: number): boolean {
  let i = dot;
  const floor = Math.max(from, dot - MAX_ABBREVIATION_CHARS);
  while (i > floor && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
  const word = text.slice(i, dot);
  if (!word) return true;
  if (isInitial(word) || ABBREVIATIONS.has(word)) return false;
  // "U.S." and similar dotted acronyms: treat as part of the sentence.
  return !/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  if (e <= start) return;
  out.push({ index: out.length, paragraph, start, end: e, text: text.slice(start, e) });
}

/** The sentence holding an offset, by binary search over sentences sorted by start. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  // Offsets between sentences (spaces) belong to the following one.
  return sentences[lo];
}
