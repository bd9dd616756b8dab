import { describe, expect, it } from 'vitest';
import { namesOf } from './support.js';

describe('bill rule', () => {
  it('when a bill "that would" do something is introduced, then it is a law', () => {
    expect(namesOf('Lawmakers introduced a state bill that would require shelters to report arrivals.')).toEqual([
      'state bill that would require shelters to report arrivals',
    ]);
  });

  it('when "law" is only talked about, then no bill is read', () => {
    expect(namesOf('Officers enforce the law. A law professor spoke.')).toEqual([]);
  });
});
