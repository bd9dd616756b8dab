import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';
import { periodsIn } from '../../../loaders/extract/statistics/period.js';
import { addDays } from '../../../loaders/text/dates.js';

const periods = (text: string, date: string | null = '2024-06-15') =>
  extractArticle({ source: 't.txt', text, date }).statistics.map((x) => [
    x.value,
    x.period,
    x.periodStart,
    x.periodEnd,
  ]);
const resolved = (sentence: string, date: string | null = '2024-06-15') =>
  periodsIn(sentence, date).map((p) => [p.text, p.start, p.end]);

describe('periods of figures', () => {
  it('when "since" is followed by an event and a day ("since the mayor took office on January 20"), then the period says "since January 20"', () => {
    expect(periods('Shelter stays have exceeded 9,000 since the mayor took office on January 20.')).toEqual([
      [9000, 'since January 20', '2024-01-20', '2024-06-15'],
    ]);
  });

  it('when a figure is "in a single month" after the paragraph named the month, then its period is that month', () => {
    const text =
      'The Border Relief Alliance housed 300 families in May. Volunteers served more than 9,000 meals in a single month, a record.';
    expect(periods(text)).toEqual([
      [300, 'May', '2024-05-01', '2024-05-31'],
      [9000, 'May', '2024-05-01', '2024-05-31'],
    ]);
  });

  it('when a figure is "that day" after the paragraph named the day, then its period is that day', () => {
    const text =
      'The Border Relief Alliance opened its doors on Friday. Volunteers said there were 600 families at the shelter that day.';
    expect(periods(text)).toEqual([[600, 'Friday', '2024-06-14', '2024-06-14']]);
  });

  it('when "in a single month" has no month named before it in its paragraph, then it stays unresolved', () => {
    expect(resolved('Volunteers served 9,000 meals in a single month.')).toEqual([]);
  });

  it('when "last year", "this month" or "last week" is used, then it is resolved against the article date', () => {
    expect(resolved('Rents rose last year, this month and last week.')).toEqual([
      ['last year', '2023-01-01', '2023-12-31'],
      ['this month', '2024-06-01', '2024-06-15'],
      ['last week', '2024-06-08', '2024-06-14'],
    ]);
  });

  it('when a fiscal year is named ("fiscal year 2024", "FY2019", "fiscal 2018", "FY23"), then it runs from the October before', () => {
    expect(resolved('Budgets for fiscal year 2024, FY2019, fiscal 2018 and FY23.').map((p) => p[1])).toEqual([
      '2023-10-01',
      '2018-10-01',
      '2017-10-01',
      '2022-10-01',
    ]);
  });

  it('when a day or a weekday is named ("on March 3", "on Friday", "between Tuesday and Thursday"), then it resolves to that day or span', () => {
    expect(resolved('Ana Ruiz counted boats on March 3, on Friday and between Tuesday and Thursday.')).toEqual([
      ['March 3', '2024-03-03', '2024-03-03'],
      ['Friday', '2024-06-14', '2024-06-14'],
      ['between Tuesday and Thursday', '2024-06-11', '2024-06-13'],
    ]);
  });

  it('when a span names days ("between April 19 and May 31"), then both ends are those days', () => {
    expect(resolved('Clinics opened between April 19 and May 31.')).toEqual([
      ['between April 19 and May 31', '2024-04-19', '2024-05-31'],
    ]);
  });

  it('when the article has no date, then periods keep their words and no dates', () => {
    expect(resolved('Stays have grown since the council voted in March.', null)).toEqual([['since March', null, null]]);
  });

  it('when days are added across a month or year end, then the calendar is followed', () => {
    expect([addDays('2024-03-01', -1), addDays('2023-12-31', 1)]).toEqual(['2024-02-29', '2024-01-01']);
  });
});
