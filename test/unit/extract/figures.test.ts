import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';
import { findFigures } from '../../../loaders/extract/statistics/figures.js';

const stats = (text: string) => extractArticle({ source: 't.txt', text, date: '2024-06-15' }).statistics;

describe('figures in words, multiples and rates', () => {
  it('when a number is written in words before its noun ("seven vans", "two dozen boats"), then it is a figure', () => {
    const s = stats('Agents stopped seven vans and two dozen boats near the river.');
    expect(s.map((x) => [x.value, x.measure])).toEqual([
      [7, 'vans stopped'],
      [24, 'boats'],
    ]);
  });

  it('when a compound number word has a scale ("twenty-five", "three million"), then its value is read', () => {
    expect(findFigures('twenty-five clinics and three million dollars').map((f) => [f.value, f.spelled])).toEqual([
      [25, true],
      [3e6, true],
    ]);
  });

  it('when a number word refers back or is ordinary prose ("the two companies", "one of them", "two-thirds"), then it is no figure', () => {
    expect(
      stats('The two companies, one of them from Ohio, lost two-thirds of their staff, and both said so.'),
    ).toEqual([]);
  });

  it('when a number word has no noun of its own but is compared with a figure, then it borrows that figure’s measure', () => {
    const s = stats(
      'The Border Relief Alliance counted 40 shelter closures this year, compared with just two last year.',
    );
    expect(s.map((x) => [x.value, x.measure])).toEqual([
      [40, 'shelter closures'],
      [2, 'shelter closures'],
    ]);
  });

  it('when a count "more than tripled" or "doubled", then the multiple is a figure of what the clause is about', () => {
    const s = stats('Visa applications from students more than tripled. Ana Ruiz said rents doubled.');
    expect(s.map((x) => [x.value, x.qualifier, x.unit, x.measure])).toEqual([
      [3, 'more than', 'times', 'Visa applications from students'],
      [2, null, 'times', 'rents'],
    ]);
  });

  it('when a multiple comes before what it multiplies ("three times as many", "a fourfold increase", "twice as many", "3 times the number of"), then it is a figure in times', () => {
    const s = stats(
      'Ana Ruiz saw three times as many arrivals. The Border Relief Alliance reported a fourfold increase in evictions, twice as many tenants and 3 times the number of beds.',
    );
    expect(s.map((x) => [x.value, x.unit, x.measure])).toEqual([
      [3, 'times', 'arrivals'],
      [4, 'times', 'increase in evictions'],
      [2, 'times', 'tenants'],
      [3, 'times', 'number of beds'],
    ]);
  });

  it('when a qualifier word ends another word ("stopped 3,100", "hover 40"), then it is no qualifier', () => {
    expect(
      findFigures('Agents stopped 3,100 people and watched drones hover 40 feet up.').map((f) => f.qualifier),
    ).toEqual([null, null]);
  });

  it('when "twice" tells how often, then it is no figure', () => {
    expect(stats('He visited the shelter twice.')).toEqual([]);
  });

  it('when a figure is counted per unit of time ("300 people a day", "46 children per day"), then its unit is a rate', () => {
    const s = stats('The port processed 300 people a day and released 46 children per day.');
    expect(s.map((x) => [x.value, x.unit])).toEqual([
      [300, 'people per day'],
      [46, 'people per day'],
    ]);
  });
});

describe('sums of money', () => {
  it('when a sum is in pounds or euros, or carries a compact scale ("£1.2m", "$3bn", "€40k"), then its value and currency are read', () => {
    expect(findFigures('Grants of £1.2m, $3bn and €40k arrived.').map((f) => [f.value, f.unit])).toEqual([
      [1.2e6, 'pounds'],
      [3e9, 'dollars'],
      [4e4, 'euros'],
    ]);
  });

  it('when a number without a currency is followed by "m" or "k" ("a 5m wall", "a 10k run"), then it is no sum', () => {
    expect(findFigures('A 5m wall and a 10k run.')).toEqual([]);
  });

  it('when a sum is what something costs ("set to cost at least $30bn", "a cost of $1.2m to house families"), then the measure is the cost', () => {
    const s = stats('The deal is set to cost at least $30bn. The county expects a cost of $1.2m to house families.');
    expect(s.map((x) => [x.value, x.measure])).toEqual([
      [30e9, 'cost'],
      [1.2e6, 'cost'],
    ]);
  });

  it('when a sum follows its verb and an adverb ("received only $2,278,000 from"), then the verb is the measure', () => {
    expect(stats('Last year the county received only $2,278,000 from the state.').map((x) => x.measure)).toEqual([
      'received',
    ]);
  });

  it('when the qualifier is a verb ("costs exceeding $4m", "arrests topped 900"), then the word before it is the subject', () => {
    expect(stats('Officials said arrests topped 900.').map((x) => x.measure)).toEqual(['arrests']);
  });
});
