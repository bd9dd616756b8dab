import { describe, expect, it } from 'vitest';
import { namesOf, policiesOf } from './support.js';

describe('enforcement-campaign rule', () => {
  it('when a deportation drive is described, then it is a program, named with its scope', () => {
    expect(namesOf('The ministry is planning the largest deportation operation in national history.')).toEqual([
      'largest deportation operation in national history',
    ]);
  });

  it('when the drive comes back in other words, then it is one policy', () => {
    expect(
      namesOf('The ministry launched a nationwide deportation campaign. Its deportation effort needs more beds.'),
    ).toEqual(['nationwide deportation campaign']);
  });

  it('when an operation or effort has no enforcement noun, then no policy is made', () => {
    expect(namesOf('The rescue operation ended. The relief effort continues.')).toEqual([]);
  });

  it('when someone ordered a surge or launched a crackdown somewhere, then it is their operation', () => {
    const [p] = policiesOf('Secretary Ana Ruiz ordered a surge of border agents to Springfield on Friday.');
    expect(p).toMatchObject({
      name: 'surge of border agents to Springfield',
      kind: 'program',
      issuedBy: 'Ana Ruiz',
      date: 'Friday',
    });
  });

  it('when a company launches a campaign or an operation has no target, then no policy is made', () => {
    expect(namesOf('The brewery launched a campaign for its new beer. The hospital began an operation.')).toEqual([]);
  });

  it('when mass deportation plans are mentioned, then they are the drive', () => {
    expect(namesOf('Many sheriffs want to help with the mass deportation plans of the new government.')).toEqual([
      'mass deportation plans',
    ]);
  });

  it('when "immigration efforts" or a "border surge" names nothing enforced, then no policy is made, but an immigration crackdown is one', () => {
    expect(
      namesOf(
        'Towns limit cooperation with federal immigration efforts. A border surge was expected. Officials began an immigration crackdown.',
      ),
    ).toEqual(['immigration crackdown']);
  });
});
