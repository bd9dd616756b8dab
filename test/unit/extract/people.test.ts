import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';

const people = (text: string) => extractArticle({ source: 't.txt', text }).people;

describe('people extractor', () => {
  it('when a titled full name is later shortened, then the mentions join one person under the fullest name', () => {
    const ps = people('Attorney General Jeff Sessions spoke in Arizona. Sessions said more judges would come. Later, Sessions left.');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ name: 'Jeff Sessions', roles: ['Attorney General'], affiliations: ['U.S. Department of Justice'] });
    expect(ps[0]?.mentions).toEqual(expect.arrayContaining(['Attorney General Jeff Sessions', 'Sessions']));
  });

  it('when a known figure is named by title and surname, then the full name is used', () => {
    const ps = people('President Trump signed the order. Former President Obama criticized it.');
    expect(ps.map((p) => p.name).sort()).toEqual(['Barack Obama', 'Donald Trump']);
  });

  it('when an appositive follows a name, then it gives roles and affiliations', () => {
    const [p] = people('Maria Gomez, a spokesperson for CBP, said the figures were preliminary.');
    expect(p).toMatchObject({ name: 'Maria Gomez', roles: ['spokesperson for CBP'], affiliations: ['U.S. Customs and Border Protection'] });
  });

  it('when a surname only qualifies something else ("the Trump administration"), then no person is made', () => {
    expect(people('The Trump administration has expanded enforcement. Trump officials praised it.')).toEqual([]);
  });

  it('when capitalised words are places or agencies, then they are not people', () => {
    expect(people('Agents in El Paso and San Diego said Border Patrol and Homeland Security were stretched.')).toEqual([]);
  });

  it('when a name appears only in a photo caption, then no person is made', () => {
    const text = 'Border Report\n\nSen. Pat Doe tours a facility. (Lee Smith/Getty Images)\n\nThe agency said detention capacity is full across the country this week, officials said.';
    expect(people(text)).toEqual([]);
  });

  it('when a senator is introduced as "Sen. X, R-N.C.", then the person and the Senate role are found', () => {
    const [p] = people('Sen. Thom Tillis, R-N.C., said the numbers were encouraging. Tillis wants more judges.');
    expect(p).toMatchObject({ name: 'Thom Tillis', roles: ['Senator'] });
  });
});
