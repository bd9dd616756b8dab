import { describe, expect, it } from 'vitest';
import { comparisonKey } from '../../../loaders/write/statistic-identity.js';

type Figure = Parameters<typeof comparisonKey>[0];

const SHELTER_BEDS: Figure = {
  value: 480,
  measure: 'shelter beds',
  unit: 'beds',
  period: 'March 2031',
  periodStart: '2031-03-01',
  periodEnd: '2031-03-31',
};

const sameMeasure = (a: Figure, b: Figure) => comparisonKey(a) !== null && comparisonKey(a) === comparisonKey(b);

describe('comparisonKey: which figures may disagree', () => {
  it('when two figures count the same thing in other forms of the words over the same dated period, then they compare', () => {
    expect(sameMeasure(SHELTER_BEDS, { ...SHELTER_BEDS, value: 520, measure: 'shelter bed', unit: 'beds' })).toBe(true);
    expect(
      sameMeasure(
        { ...SHELTER_BEDS, measure: 'removals', unit: 'removals' },
        { ...SHELTER_BEDS, value: 9, measure: 'deportations', unit: 'deportations' },
      ),
    ).toBe(true);
  });

  it('when one figure is a share and the other a count of the same thing, then they do not compare', () => {
    const share = { ...SHELTER_BEDS, value: 14, measure: 'asylum cases', unit: 'percent' };
    const count = { ...SHELTER_BEDS, value: 7311, measure: 'asylum cases referred', unit: 'cases' };

    expect(sameMeasure(share, count)).toBe(false);
    expect(sameMeasure(share, { ...count, measure: 'asylum cases' })).toBe(false);
  });

  it('when one figure counts new members and the other active members, then they do not compare', () => {
    const hired = { ...SHELTER_BEDS, value: 9, measure: 'new inspectors', unit: 'inspectors' };

    expect(sameMeasure(hired, { ...hired, value: 410, measure: 'active inspectors' })).toBe(false);
    expect(sameMeasure(hired, { ...hired, value: 410, measure: 'inspectors' })).toBe(false);
  });

  it('when the measures share a word but one counts something narrower, then they do not compare', () => {
    expect(
      sameMeasure(
        { ...SHELTER_BEDS, measure: 'crossings recorded', unit: 'crossings' },
        { ...SHELTER_BEDS, value: 61, measure: 'illegal crossings', unit: 'crossings' },
      ),
    ).toBe(false);
  });

  it('when the periods differ, then they do not compare', () => {
    expect(
      sameMeasure(SHELTER_BEDS, {
        ...SHELTER_BEDS,
        value: 520,
        period: 'April 2031',
        periodStart: '2031-04-01',
        periodEnd: '2031-04-30',
      }),
    ).toBe(false);
    expect(
      sameMeasure(SHELTER_BEDS, {
        ...SHELTER_BEDS,
        value: 520,
        period: 'fiscal year 2031',
        periodStart: '2030-10-01',
        periodEnd: '2031-09-30',
      }),
    ).toBe(false);
  });

  it('when a period is not resolved but written with its year, then the written period is compared', () => {
    const undated = { ...SHELTER_BEDS, period: 'Spring  2031', periodStart: null, periodEnd: null };

    expect(sameMeasure(undated, { ...undated, value: 520, period: 'spring 2031' })).toBe(true);
  });

  it('when a figure has no period, or one that cannot be placed in time, then it compares with nothing', () => {
    expect(comparisonKey({ ...SHELTER_BEDS, period: null, periodStart: null, periodEnd: null })).toBeNull();
    expect(
      comparisonKey({ ...SHELTER_BEDS, period: 'in a single month', periodStart: null, periodEnd: null }),
    ).toBeNull();
    expect(comparisonKey({ ...SHELTER_BEDS, period: 'March', periodStart: null, periodEnd: null })).toBeNull();
  });

  it('when a figure is a vague amount or counts nothing named, then it compares with nothing', () => {
    expect(comparisonKey({ ...SHELTER_BEDS, value: null })).toBeNull();
    expect(comparisonKey({ ...SHELTER_BEDS, measure: 'the', unit: null })).toBeNull();
  });
});
