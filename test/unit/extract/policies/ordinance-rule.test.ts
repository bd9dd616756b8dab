import { describe, expect, it } from 'vitest';
import { namesOf } from './support.js';

describe('ordinance rule', () => {
  it('when a city passes an ordinance barring something, then the ordinance is a law named by what it bars', () => {
    expect(namesOf('The council passed a city ordinance barring police from asking about immigration status.')).toEqual(
      ['city ordinance barring police from asking about immigration status'],
    );
  });

  it('when the ordinance comes back as "the ordinance", then it is one law', () => {
    expect(namesOf('The council passed a sanctuary ordinance on Tuesday. The mayor signed the ordinance.')).toEqual([
      'sanctuary ordinance',
    ]);
  });
});
