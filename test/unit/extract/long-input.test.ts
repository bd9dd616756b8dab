import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';
import { MAX_PARAGRAPH_CHARS, splitParagraphs } from '../../../loaders/text/paragraphs.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../loaders/text/sentences.js';

// Shapes of text on which extraction took time quadratic in the input's length. Each runs on 200 KB under
// a timeout; the time it took before the fix, on 200 KB, is in brackets (now each is under a second).
// These guard against a hang; they are not benchmarks.
const SIZE = 200_000;
const TIMEOUT_MS = 20_000;

function line(unit: (n: number) => string): string {
  let text = '';
  for (let n = 1; text.length < SIZE; n++) text += unit(n);
  return text.slice(0, SIZE);
}

const SHAPES: [string, string][] = [
  ['a line of dots (127 s)', '.'.repeat(SIZE)],
  ['a line of "?" (119 s)', '?'.repeat(SIZE)],
  ['a line of percentages (267 s)', line((n) => `${n}% `)],
  ['a line of dollar amounts (128 s)', line((n) => `$${n} `)],
  ['a line of "O\'" (36 s)', "O'".repeat(SIZE / 2)],
  ['a line of capitalised words (74 s)', line(() => 'We ')],
  ['a line of quotation marks (over 300 s)', '!"'.repeat(SIZE / 2)],
  ['a line of distinct names (6 s)', line((n) => `John Smith${n} `)],
  [
    'lines of one templated sentence (1.2 s; 27 s for 2 MB of articles)',
    line((n) => `Sen. A${n} Jones said the law was wrong.\n`),
  ],
  ['lines of "Share" (12 s)', line(() => 'Share\n')],
  ['lines of related links (8 s)', line((n) => `Related: story ${n}\n`)],
];

describe('long and repetitive input', () => {
  it.each(SHAPES)(
    'when the text is %s, then extraction finishes with offsets inside the text',
    (_shape, text) => {
      const extraction = extractArticle({ source: 'long.txt', text });

      const spans = [...extraction.statistics, ...extraction.quotes, ...extraction.claims].map((fact) => fact.evidence);
      expect(spans.every((e) => e.start >= 0 && e.start <= e.end && e.end <= text.length)).toBe(true);
      expect(extraction.article.title).not.toBe('');
    },
    TIMEOUT_MS,
  );

  it('when a line is longer than a paragraph or a sentence can be, then it is cut at sentence ends and spaces, never inside a character', () => {
    const text = `${'The agency said more. '.repeat(1_000)}${'word '.repeat(1_000)}${'😀'.repeat(3_000)}`;

    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);

    expect(paragraphs.every((p) => p.text.length <= MAX_PARAGRAPH_CHARS && text.slice(p.start, p.end) === p.text)).toBe(
      true,
    );
    expect(
      sentences.every((s) => s.text.length <= MAX_SENTENCE_CHARS && !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(s.text)),
    ).toBe(true);
    expect(paragraphs[0]?.text.endsWith('The agency said more.')).toBe(true);
    expect(
      sentences
        .map((s) => s.text)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(text.replace(/\s/g, ''));
  });

  it('when a quotation never closes on a one-line page, then it ends with its paragraph, not the page', () => {
    const text = `Title\n\nICE said, “this never closes ${'and the page goes on. '.repeat(5_000)}`;

    const { quotes } = extractArticle({ source: 'runaway.txt', text });

    expect(quotes.length).toBeGreaterThan(0);
    expect(Math.max(...quotes.map((q) => q.text.length))).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
  });
});
