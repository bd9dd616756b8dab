import { describe, expect, it } from 'vitest';
import { namesOf, policiesOf } from './support.js';

describe('emergency-declaration rule', () => {
  it('when someone declared a national emergency somewhere, then they issued it, named with the place', () => {
    const [p] = policiesOf('Governor Ana Ruiz declared a state of emergency along the northern border on Monday.');
    expect(p).toMatchObject({
      name: 'state of emergency along the northern border',
      kind: 'executive_order',
      issuedBy: 'Ana Ruiz',
      date: 'Monday',
    });
  });

  it('when an emergency is only mentioned, then no declaration is read', () => {
    expect(namesOf('Hospitals handled the emergency well.')).toEqual([]);
  });
});
