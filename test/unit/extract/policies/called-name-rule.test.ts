import { describe, expect, it } from 'vitest';
import { policiesOf } from './support.js';

describe('called-name rule', () => {
  it('when a program is "called" a quoted name, then the quoted name is the program', () => {
    expect(policiesOf('The ministry’s new program, called “Harbor Homes,” would shelter 500 families.')).toEqual([
      expect.objectContaining({ name: 'Harbor Homes', kind: 'program' }),
    ]);
  });

  it('when a quoted name follows no policy word, then it is no policy', () => {
    expect(policiesOf('Her dog, called “Biscuit,” slept.')).toEqual([]);
  });
});
