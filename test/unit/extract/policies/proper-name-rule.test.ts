import { describe, expect, it } from 'vitest';
import { namesOf } from './support.js';

describe('proper-name rule', () => {
  it('when a numbered proclamation or a bill number is cited, then it is a policy under that name', () => {
    expect(namesOf('Proclamation 12345 closed the crossings, and the state passed HB 77 a week later.')).toEqual([
      'Proclamation 12345',
      'HB 77',
    ]);
  });

  it('when a capitalised name ends in Memorandum, then it is a memo, unless it is a memorandum of understanding', () => {
    expect(namesOf('Officials cited the Northern Shelter Memorandum in court.')).toEqual([
      'Northern Shelter Memorandum',
    ]);
  });

  it('when "Grant" is a given name or has fewer than three words, then it is not a grant', () => {
    expect(namesOf('Reporter Grant Willis covered the Housing Grant debate.')).toEqual([]);
  });

  it('when a capitalised bill name is used, then the name is the policy, and a person named Bill is not', () => {
    expect(namesOf('Funding came from the Safe Harbor Housing Bill, reporter Bill Dunmore wrote.')).toEqual([
      'Safe Harbor Housing Bill',
    ]);
  });
});
