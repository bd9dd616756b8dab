import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/generator/generate-article.js';
import { extractArticle } from '../../loaders/extract/extract-article.js';
import { articleId } from '../../loaders/resolve/ids.js';

const SAMPLE = 40;

describe('article generator', () => {
  it('when the same seed and index are asked twice, then the article is byte-identical', () => {
    for (let i = 0; i < SAMPLE; i++) expect(generateArticle(7, i).text).toBe(generateArticle(7, i).text);
  });

  it('when the seed changes, then the articles change', () => {
    expect(generateArticle(1, 3).text).not.toBe(generateArticle(2, 3).text);
  });

  it('when many indices are generated, then every text and every article id differs', () => {
    const texts = new Set<string>();
    const ids = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const { text } = generateArticle(1, i);
      texts.add(text);
      ids.add(articleId(text));
    }
    expect(texts.size).toBe(2_000);
    expect(ids.size).toBe(2_000);
  });

  it('when an article is generated, then its first line is its title', () => {
    const article = generateArticle(1, 0);
    expect(article.text.split('\n')[0]).toBe(article.title);
  });

  it('when generated articles are extracted, then each has people, organizations, quotes and statistics', () => {
    for (let i = 0; i < SAMPLE; i++) {
      const x = extractArticle({ source: `${i}.txt`, text: generateArticle(1, i).text });
      expect({
        i,
        people: x.people.length > 0,
        organizations: x.organizations.length > 0,
        quotes: x.quotes.length > 0,
        statistics: x.statistics.length > 0,
      }).toEqual({
        i,
        people: true,
        organizations: true,
        quotes: true,
        statistics: true,
      });
    }
  });

  it('when articles are extracted, then furniture yields no facts and anonymous sources speak for an agency', () => {
    let anonymous = 0;
    for (let i = 0; i < SAMPLE; i++) {
      const x = extractArticle({ source: `${i}.txt`, text: generateArticle(1, i).text });
      const furniture = x.article.boilerplate;
      const inFurniture = (start: number) => furniture.some((b) => start >= b.start && start < b.end);
      expect(x.quotes.filter((q) => inFurniture(q.evidence.start))).toEqual([]);
      expect(x.statistics.filter((s) => inFurniture(s.evidence.start))).toEqual([]);
      anonymous += x.quotes.filter((q) => q.speakerKind === 'anonymous_source' && q.speaker !== null).length;
    }
    expect(anonymous).toBeGreaterThan(0);
  });

  it('when many articles are generated, then a few people recur often and most appear rarely', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 400; i++) {
      for (const p of extractArticle({ source: `${i}.txt`, text: generateArticle(1, i).text }).people)
        counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(80);
    expect(sorted.filter((c) => c <= 2).length / sorted.length).toBeGreaterThan(0.6);
  });
});
