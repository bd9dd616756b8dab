import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';

describe('places extractor', () => {
  it('when states, countries, cities and a border are named, then each is a place of its kind', () => {
    const ps = extractArticle({ source: 't.txt', text: 'Crossings near El Paso, Texas, and along the U.S.-Mexico border fell, while arrivals from Venezuela rose.' }).places;
    const kinds = Object.fromEntries(ps.map((p) => [p.name, p.kind]));
    expect(kinds).toMatchObject({ 'El Paso': 'city', Texas: 'state', 'U.S.-Mexico border': 'region', Venezuela: 'country' });
  });
});
