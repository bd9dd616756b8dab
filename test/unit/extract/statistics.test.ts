import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';
import { REPO_ROOT } from '../../support/load-articles.js';

const stats = (text: string, date?: string) => extractArticle({ source: 't.txt', text, date: date ?? null }).statistics;

describe('statistics extractor', () => {
  it('when a figure has a qualifier, then the value is normalised and the qualifier kept', () => {
    const [s] = stats(
      'According to a new report, the Department of Justice charged over 3,000 illegal aliens in June.',
      '2025-07-10',
    );
    expect(s).toMatchObject({
      value: 3000,
      qualifier: 'over',
      unit: 'people',
      measure: 'illegal aliens charged',
      period: 'June',
      periodStart: '2025-06-01',
      periodEnd: '2025-06-30',
      source: 'U.S. Department of Justice',
      text: 'over 3,000',
    });
  });

  it('when percentages, ranges and money appear, then each is normalised', () => {
    const s = stats(
      'Arrests fell by more than 90% as officials planned to deport 2 to 3 million people with $500,000 in grants.',
    );
    expect(s.map((x) => [x.value, x.valueHigh, x.unit])).toEqual([
      [90, null, 'percent'],
      [2e6, 3e6, 'people'],
      [500000, null, 'dollars'],
    ]);
  });

  it('when "north of", "approximately" and "35 percent" are used, then they are read', () => {
    const s = stats(
      'Officials carried out “north of” 100,000 deportations. February’s crossings, at approximately 8,300, fell. Prosecutions declined by 35 percent.',
    );
    expect(s.map((x) => [x.value, x.qualifier, x.unit])).toEqual([
      [100000, 'north of', 'deportations'],
      [8300, 'approximately', expect.any(String)],
      [35, null, 'percent'],
    ]);
  });

  it('when an amount is vague ("tens of thousands of"), then it is no figure', () => {
    expect(stats('Reports estimate tens of thousands of migrants have left, and hundreds of families stayed.')).toEqual(
      [],
    );
  });

  it('when numbers are years, dates, statutes, durations, ordinals or names, then they are not statistics', () => {
    expect(
      stats(
        'In 1968, under 21 USC 846, the 18th-century law was used for 25 years until January 20, 2017, by MS-13 at 2:00 p.m. within the first 50 days.',
      ),
    ).toEqual([]);
  });

  it('when an elliptical figure follows ("245 cases in May and 277 in June"), then it borrows the measure', () => {
    const s = stats('New Mexico saw 245 cases filed in May and 277 in June.');
    expect(s.map((x) => [x.value, x.measure, x.period, x.place])).toEqual([
      [245, 'cases filed', 'May', 'New Mexico'],
      [277, 'cases filed', 'June', 'New Mexico'],
    ]);
  });

  it('when the same figure is stated twice, then it is one statistic', () => {
    const s = stats(
      'Deportations have exceeded 100,000 since January. ICE carried out “north of” 100,000 deportations.',
    );
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ value: 100000, qualifier: 'more than' });
  });

  it('when the same number counts things of different names or periods, then they are two figures', () => {
    const s = stats(
      'Idaho sent 200 Idaho Guard members in May. Later 200 Nevada Guard members came. Clinics saw 40 patients in March and 40 patients in April.',
      '2024-06-10',
    );
    expect(s.map((x) => [x.value, x.period])).toEqual([
      [200, 'May'],
      [200, null],
      [40, 'March'],
      [40, 'April'],
    ]);
  });

  it('when the sample story tells the 100,000 deportations twice, then one figure has the measure "deportations" and the period "since January 20"', () => {
    const text = readFileSync(join(REPO_ROOT, 'corpus', 'seeds', '004_337481f554d59390.txt'), 'utf8');
    const s = extractArticle({ source: '004_337481f554d59390.txt', text }).statistics.filter((x) => x.value === 100000);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ measure: 'deportations', period: 'since January 20' });
  });

  it('when the sample story gives "over 6,200 in a single month" after naming June, then its period is June', () => {
    const text = readFileSync(join(REPO_ROOT, 'corpus', 'seeds', '000_f43147745e656d34.txt'), 'utf8');
    const [s] = extractArticle({ source: '000_f43147745e656d34.txt', text }).statistics.filter((x) => x.value === 6200);
    expect(s).toMatchObject({ measure: 'criminal immigration cases', period: 'June' });
  });

  it('when figures stand in the headline, a photo caption or a related-stories list, then only the body’s figure is kept', () => {
    const text = [
      'Shelter Takes In 900 Families',
      'The Border Relief Alliance said it housed 400 families in May, the group said in a statement.',
      'Volunteers unload 30 boxes of supplies at the shelter. (Ana Ruiz/Border Times)',
      'Related: 12 shelters close as 5,000 families wait',
    ].join('\n\n');
    expect(stats(text, '2024-06-10').map((x) => x.value)).toEqual([400]);
  });

  it('when a figure sits in a fundraising appeal, then it is ignored', () => {
    const text =
      'Title Of Story\n\nThe court heard 40 cases on Monday, the clerk said in a statement to reporters.\n\nWe need your help: please make a tax-deductible donation so we can raise $500,000.';
    expect(stats(text).map((x) => x.value)).toEqual([40]);
  });
});
