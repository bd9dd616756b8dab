import { describe, expect, it } from 'vitest';
import { namesOf } from './support.js';

describe('known-policy rule', () => {
  it('when a known program holds an agency acronym ("CBP One"), then the program is still found', () => {
    expect(namesOf('Migrants booked appointments through the CBP One app last year.')).toEqual(['CBP One']);
  });

  it('when a generic rule is "known as" a named policy, then only the named policy is kept', () => {
    expect(namesOf('Officials relied on a pandemic-era rule known as Title 42 to expel migrants.')).toEqual([
      'Title 42',
    ]);
  });
});
