import { describe, expect, it } from 'vitest';
import { namesOf, policiesOf } from './support.js';

describe('agreement rule', () => {
  it('when a memorandum of understanding is signed, then it is a policy even with "the"', () => {
    expect(namesOf('Officials cited the memorandum of understanding the two governors signed in June.')).toEqual([
      'memorandum of understanding',
    ]);
  });

  it('when an agreement is "with" a named party, then it is named with its terms', () => {
    expect(namesOf('The province reached an agreement with Norland to return rejected asylum applicants.')).toEqual([
      'agreement with Norland to return rejected asylum applicants',
    ]);
  });

  it('when someone "agreed to house" people, then the agreement is theirs', () => {
    const [p] = policiesOf('Governor Ana Ruiz agreed to house 200 returned asylum seekers in state shelters.');
    expect(p).toMatchObject({
      name: 'agreement to house 200 returned asylum seekers in state shelters',
      issuedBy: 'Ana Ruiz',
    });
  });

  it('when someone agrees to an interview or agrees that something is so, then no agreement is a policy', () => {
    expect(namesOf('Ana Ruiz agreed to speak with reporters. She agreed that the plan was late.')).toEqual([]);
  });

  it('when an agreement is "with the" named party, then it is an agreement too', () => {
    expect(
      namesOf('Norland signed a migration agreement with the United Provinces to receive returned asylum seekers.'),
    ).toEqual(['agreement with the United Provinces to receive returned asylum seekers']);
  });

  it('when a safe third country agreement is named, then it is known by its canonical name', () => {
    expect(namesOf('Officials said the safe third-country agreement takes effect next month.')).toEqual([
      'safe third country agreement',
    ]);
  });
});
