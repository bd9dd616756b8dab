import { describe, expect, it } from 'vitest';
import { namesOf, policiesOf } from './support.js';

describe('court-order rule', () => {
  it('when a judge issues a temporary restraining order barring something, then the order is named with what it bars', () => {
    const [p] = policiesOf(
      'U.S. District Judge Ana Ruiz issued a temporary restraining order barring the release of shelter records.',
    );
    expect(p).toMatchObject({
      name: 'temporary restraining order barring the release of shelter records',
      kind: 'directive',
      issuedBy: 'Ana Ruiz',
    });
  });

  it("when the order is a judge's possession, then the judge issued it", () => {
    const [p] = policiesOf(
      'Lawyers said the agency ignored Judge Ana Ruiz’s preliminary injunction blocking the transfers.',
    );
    expect(p).toMatchObject({ name: 'preliminary injunction blocking the transfers', issuedBy: 'Ana Ruiz' });
  });

  it('when a bare "order" in a sentence about a judge says what it requires, then it is a court order', () => {
    expect(namesOf('The agency ignored the judge’s order to halt transfers from the pier.')).toEqual([
      'order to halt transfers from the pier',
    ]);
  });

  it('when the same order comes back as "her second order", then the first and second orders are two policies, each once', () => {
    const text = [
      'Judge Ana Ruiz issued a first restraining order blocking the transfers.',
      'Her second restraining order barred any transfers out of the county.',
      'The government asked the court to lift her second order.',
    ].join(' ');
    expect(namesOf(text)).toEqual(['first restraining order blocking the transfers', 'second restraining order']);
  });

  it('when "order" is an executive order, "in order to" or a sentence with no court, then no court order is read', () => {
    expect(
      namesOf(
        'Officials moved quickly in order to stop the flights. The mayor said the order to stop the flights was wise.',
      ),
    ).toEqual([]);
  });
});
