import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';

const stats = (text: string) => extractArticle({ source: 't.txt', text, date: '2024-06-15' }).statistics;
const measures = (text: string) => stats(text).map((x) => [x.value, x.measure]);

describe('what a figure counts', () => {
  it('when a percentage is a change ("a 1,300% increase in evictions"), then the change and its noun phrase are the measure', () => {
    expect(measures('The Border Relief Alliance reported a 1,300% increase in evictions across the valley.')).toEqual([
      [1300, 'increase in evictions'],
    ]);
  });

  it('when the announcer opens the clause ("the Harbor Authority announced a 40% drop"), then the announcer is not the measure', () => {
    const [s] = stats('The Harbor Authority (HA) announced a 40% drop.');
    expect(s?.measure ?? '').not.toMatch(/Harbor|announced/);
  });

  it('when a percentage changes "the number of" something, then that count is the measure', () => {
    expect(measures('The county has cut by 30% the number of people in its shelters.')).toEqual([
      [30, 'number of people'],
    ]);
  });

  it('when a frame names the count ("a capacity of 3,000 beds", "a max capacity of about 900"), then the frame is in the measure', () => {
    expect(
      measures('Builders will stop at a capacity of 3,000 beds. Ana Ruiz said it has a max capacity of about 900.'),
    ).toEqual([
      [3000, 'capacity of beds'],
      [900, 'max capacity'],
    ]);
  });

  it('when a number is what something can hold ("a hall meant to hold 120"), then the measure is its capacity', () => {
    expect(measures('Photos showed 400 families in a hall meant to hold 120.')).toEqual([
      [400, 'families'],
      [120, 'capacity'],
    ]);
  });

  it('when the subject comes before a verb of level ("Visa denials by the Border Relief Alliance (BRA) have exceeded 9,000"), then the whole subject is the measure', () => {
    expect(measures('Visa denials by the Border Relief Alliance (BRA) have exceeded 9,000 since spring.')).toEqual([
      [9000, 'Visa denials by the Border Relief Alliance (BRA)'],
    ]);
  });

  it('when a speaker opens a quotation before a number, then the quotation’s words are not the measure', () => {
    const s = stats('“[Ruiz] says they saw 5,000 that night,” the reporter wrote.');
    for (const x of s) expect(x.measure).not.toMatch(/["“[]|says/);
  });

  it('when a pronoun like "others" is followed by "who" and a verb, then the relative clause is kept and the unit is people', () => {
    const [s] = stats('Officers held 50 people and searched for 70 others who escaped detention.').filter(
      (x) => x.value === 70,
    );
    expect(s).toMatchObject({ measure: 'others who escaped detention', unit: 'people' });
  });

  it('when a plural noun is followed by a participle or an -ing word, then the noun is the unit', () => {
    expect(stats('Courts hold 80,000 cases pending and 600 people believed missing.').map((x) => x.unit)).toEqual([
      'cases',
      'people',
    ]);
  });

  it('when a sum has no noun but its verb ("the county received $14,000"), then the verb is the measure', () => {
    expect(measures('Ana Ruiz’s county, which also sued, received $14,000 from the program.')).toEqual([
      [14000, 'received'],
    ]);
  });

  it('when a figure is the subject of a passive verb ("900 in total had been deported"), then the verb is the measure', () => {
    expect(measures('Ana Ruiz said 900 in total had been deported.')).toEqual([[900, 'deported']]);
  });

  it('when a frame takes "to" ("raise the total capacity to 5,000"), then the frame is the measure', () => {
    expect(measures('The Border Relief Alliance will raise the total capacity to 5,000.')).toEqual([
      [5000, 'total capacity'],
    ]);
  });

  it('when a capacity is followed by another bare number, then the capacity is not lent to it', () => {
    const s = stats('The hall has a maximum capacity of 800, but there were 2,000 that night.');
    expect(s.map((x) => [x.value, x.measure])).toEqual([[800, 'maximum capacity']]);
  });

  it('when nothing says what a number counts, then it is no figure', () => {
    expect(stats('He said it was 12, maybe.')).toEqual([]);
  });
});

describe('what a figure counts: percentages and phrases around them', () => {
  it('when a percentage change is followed by "to" and a level ("fell 12 percent to 3,400"), then they are two figures, not a range', () => {
    expect(stats('Shelter stays fell 12 percent to 3,400.').map((x) => [x.value, x.valueHigh, x.unit])).toEqual([
      [12, null, 'percent'],
      [3400, null, 'stays'],
    ]);
  });

  it('when a percentage in words is given ("ten percent"), then its unit is percent', () => {
    expect(stats('Rents rose ten percent.').map((x) => [x.value, x.unit, x.measure])).toEqual([
      [10, 'percent', 'Rents'],
    ]);
  });

  it('when a percentage has its own subject after another figure ("…, while tenants were about 40 percent"), then the subject is its measure', () => {
    const s = stats('The Border Relief Alliance housed 900 families this year, while tenants were about 40 percent.');
    expect(s.map((x) => [x.value, x.measure])).toEqual([
      [900, 'families housed'],
      [40, 'tenants'],
    ]);
  });

  it('when an -ing word follows a plural noun ("people trying to enter"), then it closes the noun phrase', () => {
    expect(measures('Agents stopped 3,100 people trying to enter.')).toEqual([[3100, 'people stopped']]);
  });

  it('when "were made up of" follows a figure, then it is not read as a passive verb', () => {
    expect(measures('The 70, or 40 percent, were made up of volunteers.').map(([, m]) => m)).not.toContain('made');
  });

  it('when an adjective follows a number ("6,000 strong"), then it is no measure', () => {
    expect(stats('We are just over 6,000 strong.')).toEqual([]);
  });
});

describe('what a figure counts: adverbs', () => {
  it('when an adverb follows the number ("2,800 currently housed in hotels"), then it is not part of the measure', () => {
    const s = stats(
      'There are almost 3,000 asylum seekers in the county, with around 2,800 currently housed in hotels.',
    );
    expect(s.map((x) => x.measure)).toEqual(['asylum seekers', 'asylum seekers']);
  });
});

describe('what a figure counts: the figure as subject', () => {
  it('when a bare number is followed by "are" and a plural noun ("18 are asylum seekers"), then that noun is the measure', () => {
    expect(measures('Of the 20 families, 18 are asylum seekers.').filter(([v]) => v === 18)).toEqual([
      [18, 'asylum seekers'],
    ]);
  });

  it('when a bare number is followed by "have" and a noun ("110 have convictions"), then the measure is who has it', () => {
    expect(measures('Among those arrested, 110 have convictions.')).toEqual([[110, 'with convictions']]);
  });

  it('when a figure set off by commas is followed by "were the lowest", then the superlative is not its measure', () => {
    const s = stats('February’s crossings, at approximately 8,300, were the lowest in years.');
    expect(s.map((x) => x.measure)).not.toContain('lowest');
  });

  it('when a figure is a part of a whole ("12 of his clients", "12 of the 40 detainees"), then the whole’s noun is the measure', () => {
    expect(measures('The lawyer said at least 12 of his clients had been sent away.')).toEqual([[12, 'clients']]);
    expect(measures('At least 12 of the 40 detainees were children.')).toEqual([
      [12, 'detainees'],
      [40, 'detainees'],
    ]);
  });
});
