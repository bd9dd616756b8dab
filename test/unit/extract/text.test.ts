import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../loaders/text/paragraphs.js';
import { splitSentences } from '../../../loaders/text/sentences.js';
import { tokenize } from '../../../loaders/text/tokens.js';
import { findQuotes } from '../../../loaders/text/quote-marks.js';

describe('text helpers', () => {
  it('when a sentence contains abbreviations and initials, then it is not split there', () => {
    const text = 'Sen. Luther Strange, R-Ala., met U.S. officials. John F. Kelly agreed. Then they left.';
    const s = splitSentences(text, splitParagraphs(text)).map((x) => x.text);
    expect(s).toEqual(['Sen. Luther Strange, R-Ala., met U.S. officials.', 'John F. Kelly agreed.', 'Then they left.']);
  });

  it('when a word has a possessive, then "’s" is its own token and offsets match the text', () => {
    const text = 'DOJ’s data';
    const t = tokenize(text);
    expect(t.map((x) => x.text)).toEqual(['DOJ', '’s', 'data']);
    for (const x of t) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('when a quote is not closed in its paragraph, then it runs on to the paragraph end', () => {
    const text = '“First part of a long quote that goes on';
    const [q] = findQuotes(text, 0, text.length);
    expect(q).toMatchObject({ runsOn: true });
    expect(text.slice(q?.inner.start, q?.inner.end)).toBe('First part of a long quote that goes on');
  });
});
