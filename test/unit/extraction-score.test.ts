import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../loaders/extract/extract-article.js';
import { CATEGORIES, scoreExtractions, type Scored } from '../support/score-extraction.js';
import { REPO_ROOT, idOf, loadArticles, loadGold } from '../support/load-articles.js';

function scoreFolder(articles: string, gold: string) {
  const extractions = new Map<string, Scored>();
  for (const doc of loadArticles(articles)) extractions.set(idOf(doc.source), extractArticle(doc));
  return scoreExtractions(loadGold(gold), extractions);
}

describe('extraction score', () => {
  it('when the five sample articles are extracted, then every category reaches F1 0.90 and attribution 0.95', () => {
    const score = scoreFolder(join(REPO_ROOT, 'corpus', 'seeds'), join(REPO_ROOT, 'corpus', 'gold'));
    for (const cat of CATEGORIES) expect({ cat, f1: score.categories[cat].f1 >= 0.9, notes: score.notes }).toMatchObject({ cat, f1: true });
    expect(score.attribution).toBeGreaterThanOrEqual(0.95);
  });

  it('when the hand-written fixture articles in other styles are extracted, then they score as well', () => {
    const dir = join(REPO_ROOT, 'test', 'fixtures', 'articles');
    const score = scoreFolder(dir, dir);
    for (const cat of CATEGORIES) expect({ cat, f1: score.categories[cat].f1 >= 0.9, notes: score.notes }).toMatchObject({ cat, f1: true });
    expect(score.attribution).toBeGreaterThanOrEqual(0.95);
  });
});
