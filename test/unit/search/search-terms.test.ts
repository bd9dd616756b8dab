import { describe, expect, it } from 'vitest';
import {
  escapeLucene,
  searchLucene,
  searchTerms,
  stem,
  subjectLucene,
  wordMatcher,
} from '../../../resolvers/search/search-terms.js';

describe('searchTerms', () => {
  it('when a query has case, punctuation and possessives, then the terms are the lower-case words the index holds', () => {
    expect(searchTerms('  Sessions’ "U.S." 6,200 zero-tolerance Trump\'s ')).toEqual([
      'sessions',
      'u.s',
      '6,200',
      'zero',
      'tolerance',
      'trump',
    ]);
  });

  it('when a query has no words, then it is refused as bad input', () => {
    expect(() => searchTerms('  *** ?? ')).toThrow(/at least one word/);
  });
});

describe('searchLucene', () => {
  it('when a term is built, then it matches as a word and a prefix, in every field, and with near misses (long enough, not a number) a typo away', () => {
    const typed = searchLucene(['sessions', 'ice', '6,200'], false);
    const near = searchLucene(['sessions', 'ice', '6,200'], true);

    expect(typed).toContain('+(name:(sessions^2 sessions*)^4 ');
    expect(typed).not.toContain('~');
    expect(near).toContain('+(name:(sessions^2 sessions* sessions~2)^4 ');
    expect(near).toContain('text:(ice^2 ice*)^1)');
    expect(near).not.toContain('6,200~');
  });

  it('when input carries Lucene syntax, then every special character is escaped', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
  });
});

describe('stem and subjectLucene', () => {
  it('when words of one family are stemmed, then they share a stem', () => {
    expect(['prosecutions', 'prosecutors', 'prosecution', 'prosecuting'].map(stem)).toEqual([
      'prosecut',
      'prosecut',
      'prosecut',
      'prosecut',
    ]);
    expect(stem('ice')).toBe('ice');
  });

  it('when a subject query is built, then each stem must start a word of one of the fields, and Lucene characters are literal', () => {
    expect(subjectLucene(['ice', 'u.s'], 'sentence', 'context')).toBe(
      '+(sentence:ice* context:ice*) +(sentence:u.s* context:u.s*)',
    );
    expect(subjectLucene(['a:b'], 'text')).toBe('+(text:a\\:b*)');
  });
});

describe('wordMatcher', () => {
  it('when words are tested, then prefixes and near misses match, unrelated words do not', () => {
    const matches = wordMatcher(['sess', 'tolerence'], true);

    expect(['Sessions', 'SESSION', 'tolerance'].map(matches)).toEqual([true, true, true]);
    expect(['assess', 'tolerant', 'Trump'].map(matches)).toEqual([false, false, false]);
  });

  it('when the query was asked without near misses, then only prefixes match', () => {
    const matches = wordMatcher(['sess', 'tolerence'], false);

    expect(['Sessions', 'tolerence', 'tolerance'].map(matches)).toEqual([true, true, false]);
  });
});
