import { describe, expect, it } from 'vitest';
import { namesOf, policiesOf } from './support.js';

describe('deployment rule', () => {
  it('when someone sends troops to a place, then the deployment is a policy they issued', () => {
    const [p] = policiesOf('Governor Ana Ruiz dispatched 300 Guard soldiers to the border town of Millbrook.');
    expect(p).toMatchObject({
      name: 'deployment of 300 Guard soldiers to the border town of Millbrook',
      kind: 'directive',
      issuedBy: 'Ana Ruiz',
    });
  });

  it('when troops are deployed with no destination, then no deployment is read', () => {
    expect(namesOf('Governor Ana Ruiz deployed more troops and closed two crossings.')).toEqual([]);
  });

  it("when the same person's deployment is mentioned again with no one named, then it is one policy", () => {
    const text =
      'Defense Secretary Ana Ruiz sent 300 National Guard troops to Springfield. A court later reviewed the deployment of Guard troops to Springfield.';
    expect(namesOf(text)).toEqual(['deployment of 300 National Guard troops to Springfield']);
  });

  it('when troops "have been sent to" a place "by" a body, then that body deployed them', () => {
    const [p] = policiesOf(
      'About 500 Marines have been sent to Springfield by the Pentagon to guard federal buildings.',
    );
    expect(p).toMatchObject({
      name: 'deployment of 500 Marines to Springfield',
      issuedBy: 'U.S. Department of Defense',
    });
  });
});
