import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';
import { EXTRACTORS } from '../../../loaders/extract/extractors.js';
import { REPO_ROOT, loadArticles } from '../../support/load-articles.js';

const seeds = loadArticles(join(REPO_ROOT, 'corpus', 'seeds'));

describe('extractArticle', () => {
  it('when the same article is extracted twice, then the results are identical', () => {
    for (const doc of seeds) expect(JSON.stringify(extractArticle(doc))).toBe(JSON.stringify(extractArticle(doc)));
  });

  it('when any item carries evidence, then its offsets point into the text and lie inside its sentence', () => {
    for (const doc of seeds) {
      const x = extractArticle(doc);
      const all = [
        ...x.people.flatMap((p) => p.evidence),
        ...x.organizations.flatMap((o) => o.evidence),
        ...x.places.flatMap((p) => p.evidence),
        ...x.policies.map((p) => p.evidence),
        ...x.statistics.map((s) => s.evidence),
        ...x.quotes.map((q) => q.evidence),
        ...x.claims.map((q) => q.evidence),
      ];
      for (const e of all) {
        expect(e.start).toBeLessThan(e.end);
        expect(e.sentence).toContain(doc.text.slice(e.start, e.end));
      }
      for (const q of x.quotes) expect(doc.text.slice(q.evidence.start, q.evidence.end)).toBe(q.text);
    }
  });

  it('when the extractor list is listed, then every extractor has a name and one shape', () => {
    expect(EXTRACTORS.map((x) => x.name)).toEqual([
      'places',
      'organizations',
      'people',
      'policies',
      'quotes',
      'statistics',
    ]);
  });

  it('when an article carries furniture, then nothing is taken from the donation appeal or the "Recent Stories" list', () => {
    const x = extractArticle(seeds.find((d) => d.source.startsWith('002'))!);
    expect(x.people.map((p) => p.name)).not.toContain('Clara Jeffery');
    expect(x.statistics.map((s) => s.value)).not.toContain(500000);
    const y = extractArticle(seeds.find((d) => d.source.startsWith('003'))!);
    expect(y.people.map((p) => p.name)).not.toContain('Suzan DelBene');
  });
});
