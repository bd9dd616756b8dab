import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../loaders/extract/statistics/figures.js';
import { NOT_A_FIGURE_RULES, notAFigure } from '../../../loaders/extract/statistics/not-a-figure-rules.js';
import { AFTER, BEFORE } from '../../../loaders/extract/statistics/not-a-figure-rule.js';

const values = (s: string) => findFigures(s).map((f) => f.value);

/** The rule that rules out the number written `raw` in sentence `s` (its first occurrence). */
function ruleFor(s: string, raw: string): string | null {
  const at = s.indexOf(raw);
  const end = at + raw.length;
  const n = {
    raw,
    value: Number(raw.replace(/,/g, '')),
    before: s.slice(Math.max(0, at - BEFORE), at),
    after: s.slice(end, end + AFTER),
    marked: false,
    qualified: false,
    spelled: false,
  };
  return notAFigure(n)?.name ?? null;
}

describe('not-a-figure rules', () => {
  it('when the rules are listed, then each has a unique name and the list is frozen', () => {
    const names = NOT_A_FIGURE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.isFrozen(NOT_A_FIGURE_RULES)).toBe(true);
  });

  it('when a number is written into a name or code, then it is glued, not a figure', () => {
    expect(ruleFor('Members of MS-13 and the A1 unit met in the 1990s.', '13')).toBe('glued');
    expect(ruleFor('Members of MS-13 and the A1 unit met in the 1990s.', '1990')).toBe('glued');
    expect(
      values('Ana Ruiz of the Border Relief Alliance joined Unit #5 on the I-35 corridor with 40 volunteers.'),
    ).toEqual([40]);
  });

  it('when a number names a statute or a program ("287(g)", "Section 8", "Title 42"), then it is a label', () => {
    expect(ruleFor('The county signed a 287(g) agreement with the agency.', '287')).toBe('label');
    expect(ruleFor('Tenants rely on Section 8 vouchers.', '8')).toBe('label');
    expect(values('Under Title 42 and Section 8, the 287(g) program enrolled 140 counties.')).toEqual([140]);
    expect(values('Senate Bill 4, SB 4 and HB 1 passed; 60 sheriffs signed.')).toEqual([60]);
  });

  it('when a number follows a network or a call sign ("NBC 5", "Channel 13", "KXYZ 4"), then it is a TV channel', () => {
    expect(ruleFor('Ana Ruiz told NBC 5 that 30 families left.', '5')).toBe('tv-channel');
    expect(ruleFor('The mayor spoke to Channel 13 on Monday.', '13')).toBe('tv-channel');
    expect(values('Speaking to KXYZ 4, Ana Ruiz said 30 families left.')).toEqual([30]);
  });

  it('when five digits follow a state, then they are a ZIP code', () => {
    expect(ruleFor('Send letters to 12 Elm Road, Springfield, TX 75001 before Friday.', '75001')).toBe('zip-code');
    expect(values('The Border Relief Alliance, Laredo, Texas 78040, housed 250 people.')).toEqual([250]);
  });

  it('when a number precedes a street name, then it is a street number', () => {
    expect(ruleFor('The shelter at 1420 North Cedar Avenue opened.', '1420')).toBe('street-number');
    expect(values('Volunteers at 77 Harbor St. served 900 meals.')).toEqual([900]);
  });

  it('when digits form a phone number, then none of its groups is a figure', () => {
    expect(values('Call (555) 123-4567 or 555-987-6543 to reach the 24 staff.')).toEqual([24]);
    expect(values('The hotline, 1-800-555-0199, took 3,000 calls.')).toEqual([3000]);
  });

  it('when a number is a person’s age ("Ana Ruiz, 34,", "aged 9"), then it is not a figure', () => {
    expect(ruleFor('Ana Ruiz, 34, said she waited.', '34')).toBe('age');
    expect(values('A boy aged 9 was among 40 children held.')).toEqual([40]);
  });

  it('when numbers are years, days of a date, times or ordinals, then they are not figures', () => {
    expect(values('In 2019, on March 3 at 9 a.m. and again at 4:30, the 21st meeting heard 75 cases.')).toEqual([75]);
    expect(ruleFor('Officials met on 20 January to talk.', '20')).toBe('calendar-day');
  });

  it('when a qualifier stands before a year-like number ("more than 2,000", "over 2000"), then it is an amount', () => {
    expect(values('Over 2000 people and more than 1950 families left.')).toEqual([2000, 1950]);
  });

  it('when a number is a span of time ("25 years", "a 48-hour notice"), then it is a duration', () => {
    expect(values('After 25 years and a 48-hour notice, 60 workers left.')).toEqual([60]);
    expect(values('They paid $5 a day.')).toEqual([5]);
  });

  it('when two numbers joined by a dash fall ("a 5-4 ruling"), then they are a score', () => {
    expect(values('In a 5-4 ruling the court freed 12 detainees.')).toEqual([12]);
  });

  it('when commas join single digits or dots join groups, then it is a list or a code', () => {
    expect(values('Steps 1,2,3 and version 1.2.3 helped 80 families.')).toEqual([80]);
  });

  it('when a number has more than fifteen digits, then it is an identifier', () => {
    expect(values('Case 12345678901234567 involved 7 adults.')).toEqual([7]);
  });
});

describe('not-a-figure rules: ratios, sizes and names', () => {
  it('when a number is part of a ratio ("1 in 4 detainees", "three out of five"), then neither part is a figure', () => {
    expect(values('About 1 in 4 detainees and three out of five guards left, with 30 nurses.')).toEqual([30]);
  });

  it('when a size is written as a modifier ("the 2,000-mile border", "a 30-foot wall"), then it is a dimension', () => {
    expect(ruleFor('They walked the 2,000-mile border.', '2,000')).toBe('dimension');
    expect(values('A 30-foot wall and a 12-page order stopped 45 trucks.')).toEqual([45]);
  });

  it('when a number word is capitalised inside a sentence ("the Three Rivers center"), then it is part of a name', () => {
    expect(values('Ana Ruiz toured the Three Rivers center with five lawyers.')).toEqual([5]);
    expect(values('Seven vans left.')).toEqual([7]);
  });
});

describe('not-a-figure rules: dashes', () => {
  it('when a spaced dash follows a number ("500 – 300 of them children"), then both numbers may be figures', () => {
    expect(values('Agents held 500 migrants – 300 of them children.')).toEqual([500, 300]);
  });
});

describe('not-a-figure rules: page furniture inside prose', () => {
  it('when a number counts photos, pages or reading minutes ("Photo 3 of 12", "5 min read"), then it is no figure', () => {
    expect(values('Photo 3 of 12. A 5 min read about 70 volunteers.')).toEqual([70]);
  });
});

describe('not-a-figure rules: rates per population', () => {
  it('when a ratio is told per population ("94 in every 10,000 residents"), then neither part is a figure', () => {
    expect(values('The town hosts 94 in every 10,000 residents and 40 families.')).toEqual([40]);
  });
});
