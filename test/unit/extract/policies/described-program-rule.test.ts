import { describe, expect, it } from 'vitest';
import { namesOf, policiesOf } from './support.js';

describe('described-program rule', () => {
  it('when "a program to" do something is begun, then it is a program named by what it does', () => {
    expect(
      namesOf('The ministry will begin phase two of a program to speed family reunification at the northern border.'),
    ).toEqual(['program to speed family reunification at the northern border']);
  });

  it('when an agency launches a new program "for" someone, then the agency issued it', () => {
    const [p] = policiesOf('ICE launched a new housing program for families who leave detention.');
    expect(p).toMatchObject({
      name: 'housing program for families',
      kind: 'program',
      issuedBy: 'U.S. Immigration and Customs Enforcement',
    });
  });

  it('when the program is a radio program or "the program", then no policy is made', () => {
    expect(namesOf('She hosts a radio program for farmers. The program for farmers airs at noon.')).toEqual([]);
  });

  it('when a named program is described right after it, set off by a comma, then the description is the same program', () => {
    expect(
      namesOf('The county left Secure Communities, a federal program that shares jail fingerprints with ICE.'),
    ).toEqual(['Secure Communities']);
  });
});
