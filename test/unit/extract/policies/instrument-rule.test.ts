import { describe, expect, it } from 'vitest';
import { namesOf, policiesOf } from './support.js';

describe('instrument rule', () => {
  it('when an instrument is someone\'s ("Ruiz\'s executive order"), then it is new, issued by its owner, and named once', () => {
    const text =
      'Governor Ana Ruiz’s executive order limiting jail transfers took effect. Critics say Ruiz’s executive order goes too far.';
    expect(policiesOf(text)).toEqual([
      expect.objectContaining({ name: 'executive order limiting jail transfers', issuedBy: 'Ana Ruiz' }),
    ]);
  });

  it('when a court order blocks an instrument, then the order and the instrument are two policies', () => {
    const text =
      'Judge Ana Ruiz issued a preliminary injunction blocking Governor Luis Ortega’s executive order on shelter funding.';
    expect(namesOf(text)).toEqual([
      'preliminary injunction blocking Governor Luis Ortega’s executive order on shelter funding',
      'executive order on shelter funding',
    ]);
  });

  it('when "rule" is a verb after a modal ("until a court can rule on it"), then no instrument is read', () => {
    expect(namesOf('The plan is on hold until a court can rule on the matter.')).toEqual([]);
  });
});
