import { describe, expect, it } from 'vitest';
import { namesOf } from './support.js';

describe('legislation rule', () => {
  it('when a city passes an ordinance barring something, then the ordinance is a law named by what it bars', () => {
    expect(namesOf('The council passed a city ordinance barring police from asking about immigration status.')).toEqual([
      'city ordinance barring police from asking about immigration status',
    ]);
  });

  it('when a bill "that would" do something is introduced, then it is a law', () => {
    expect(namesOf('Lawmakers introduced a state bill that would require shelters to report arrivals.')).toEqual([
      'state bill that would require shelters to report arrivals',
    ]);
  });

  it('when a capitalised bill name is used, then the name is the policy, and a person named Bill is not', () => {
    expect(namesOf('Funding came from the Safe Harbor Housing Bill, reporter Bill Dunmore wrote.')).toEqual(['Safe Harbor Housing Bill']);
  });
});
