import { describe, expect, it } from 'vitest';
import { wordMatcher } from '../../../resolvers/search/search-terms.js';
import { escapeHtml, snippet } from '../../../resolvers/search/snippet.js';

describe('snippet', () => {
  it('when a short name matches, then it is the whole snippet with the word marked', () => {
    expect(snippet([null, 'Jeff Sessions'], wordMatcher(['sess'], false))).toBe('Jeff <mark>Sessions</mark>');
  });

  it('when the match is deep in a long text, then about 160 characters around it are shown, cut at spaces', () => {
    const text = `${'lorem ipsum '.repeat(40)}the expeditious way ${'dolor sit '.repeat(40)}`;

    const result = snippet([text], wordMatcher(['expeditious'], false));

    const plain = result.replace(/<\/?mark>/g, '');
    expect(result).toContain('<mark>expeditious</mark>');
    expect(plain.startsWith('…')).toBe(true);
    expect(plain.endsWith('…')).toBe(true);
    expect(plain.length).toBeLessThanOrEqual(162);
    const inner = plain.slice(1, -1);
    const at = text.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect([text[at - 1], text[at + inner.length]]).toEqual([' ', ' ']);
  });

  it('when the text holds HTML, then it is escaped and only the marks are tags', () => {
    const result = snippet(['<img src=x onerror="alert(1)"> & Sessions'], wordMatcher(['sessions'], false));

    expect(result).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; <mark>Sessions</mark>');
  });

  it('when the first source has no match, then a later one that has is used', () => {
    expect(snippet(['Nothing here', 'Sessions said so'], wordMatcher(['said'], false))).toBe(
      'Sessions <mark>said</mark> so',
    );
  });

  it('when no source matches, then the start of the first non-empty one is shown', () => {
    expect(snippet(['', 'Plain words only'], wordMatcher(['zzz'], false))).toBe('Plain words only');
  });

  it('when escaping, then the five HTML-special characters are replaced', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
