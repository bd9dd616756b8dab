import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';

describe('places extractor', () => {
  it('when states, countries, cities and a border are named, then each is a place of its kind', () => {
    const ps = extractArticle({
      source: 't.txt',
      text: 'Crossings near El Paso, Texas, and along the U.S.-Mexico border fell, while arrivals from Venezuela rose.',
    }).places;
    const kinds = Object.fromEntries(ps.map((p) => [p.name, p.kind]));
    expect(kinds).toMatchObject({
      'El Paso': 'city',
      Texas: 'state',
      'U.S.-Mexico border': 'region',
      Venezuela: 'country',
    });
  });

  it('when a border is spelt "US-Mexico", "U.S.-Mexico" and "United States-Mexican", then it is one place', () => {
    const ps = extractArticle({
      source: 't.txt',
      text: 'Border news\n\nThe US-Mexico border is long. Agents on the U.S.-Mexico border and the United States-Mexican border agreed.',
    }).places;
    expect(ps.filter((p) => p.kind === 'region').map((p) => [p.name, p.evidence.length])).toEqual([
      ['U.S.-Mexico border', 3],
    ]);
  });

  it('when a place is named only in a photo caption, then it is no place of the story', () => {
    const text =
      'Border news\n\nA rally outside the Capitol. (Ana Ruiz/Getty Images)\n\nThe council met on Monday to discuss the budget for next year, members said after a long meeting in Ohio.';
    expect(extractArticle({ source: 't.txt', text }).places.map((p) => p.name)).toEqual(['Ohio']);
  });
});
