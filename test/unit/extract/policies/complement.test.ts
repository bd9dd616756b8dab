import { describe, expect, it } from 'vitest';
import { complementAt } from '../../../../loaders/extract/policies/complement.js';

const complementOf = (text: string, maxWords = 12) => complementAt(text, 0, text.length, maxWords)?.text ?? null;

describe('policy complement', () => {
  it('when a clause follows, then its words are read up to a comma', () => {
    expect(complementOf(' barring new arrivals at the pier, officials said')).toBe('barring new arrivals at the pier');
  });

  it('when a date or a weekday follows, then the words stop before it', () => {
    expect(complementOf(' to stop issuing permits last Thursday')).toBe('to stop issuing permits');
    expect(complementOf(' to Springfield on Oct. 5')).toBe('to Springfield');
  });

  it('when quote marks sit inside, then they are dropped and the words kept', () => {
    expect(complementOf(' to stop issuing “parole” to travellers')).toBe('to stop issuing parole to travellers');
  });

  it('when the last word is a dangling "and" or "the", then it is dropped, but an abbreviation keeps its period', () => {
    expect(complementOf(' for towns and', 12)).toBe('for towns');
    expect(complementOf(' from the border to Washington, D.C.')).toBe('from the border to Washington');
    expect(complementOf(' to Washington D.C.')).toBe('to Washington D.C.');
  });

  it('when a finite verb follows the policy, then the words stop before it, unless the verb is in the policy\'s "that" clause', () => {
    expect(complementOf(' limiting jail transfers took effect on Monday')).toBe('limiting jail transfers');
    expect(complementOf(' that would have barred most claims')).toBe('that would have barred most claims');
  });
});
