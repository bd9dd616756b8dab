/**
 * The sentence that introduces a quote, stored beside the quote's own sentence so `whoSaid` finds a
 * quote by what its speaker was said to talk about: in "Ana Ruiz praised the new shelters. “They save
 * lives,” she said." the quote is about shelters, a word only the sentence before holds.
 *
 * A quote with words before it in its own sentence ("Ruiz said: “…”") is introduced there, and has no
 * context. One that opens its sentence was introduced by the last sentence before it in its paragraph
 * that does not itself open with a quotation (the speaker's earlier quotes are passed over), or, when
 * nothing but quotes comes before it, by the paragraph before ending with a colon ("Ruiz said:").
 */
import type { Paragraph } from '../text/paragraphs.js';
import { splitSentences, type Sentence } from '../text/sentences.js';

/** How far back to look: a few sentences. Bounds the cost per quote on a page that lost its line breaks. */
const WINDOW = 2_000;
const OPENING_MARKS = /^[\s"“‘'«]*$/;
const OPENS_WITH_QUOTE = /^["“‘'«]/;

export function quoteContext(text: string, quoteStart: number): string | null {
  const lineStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
  const from = Math.max(lineStart, quoteStart - WINDOW);
  // One character of the quote is kept: a sentence end is only recognised before the next sentence's start.
  const sentences = sentencesIn(text, from, Math.min(lineEnd(text, quoteStart), quoteStart + 1));
  const own = sentences.at(-1);
  if (!own || !OPENING_MARKS.test(text.slice(own.start, quoteStart))) return null;
  for (let i = sentences.length - 2; i >= 0; i--) {
    const sentence = sentences[i]!.text.trim();
    if (!OPENS_WITH_QUOTE.test(sentence)) return sentence;
  }
  if (from > lineStart) return null;
  let end = lineStart;
  while (end > Math.max(0, lineStart - WINDOW) && /\s/.test(text[end - 1] ?? '')) end--;
  if (text[end - 1] !== ':') return null;
  const start = Math.max(text.lastIndexOf('\n', end - 1) + 1, end - WINDOW);
  return sentencesIn(text, start, end).at(-1)?.text.trim() ?? null;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

function sentencesIn(text: string, start: number, end: number): Sentence[] {
  if (end <= start) return [];
  const paragraph: Paragraph = { index: 0, start, end, text: text.slice(start, end) };
  return splitSentences(text, [paragraph]);
}
