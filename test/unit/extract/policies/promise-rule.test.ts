import { describe, expect, it } from 'vitest';
import { namesOf, policiesOf } from './support.js';

describe('promise rule', () => {
  it('when a named person pledged to do an enforcement act, then the pledge is their policy', () => {
    const [p] = policiesOf('Governor Ana Ruiz pledged to bus asylum seekers to the capital on May 2.');
    expect(p).toMatchObject({
      name: 'promise to bus asylum seekers to the capital',
      issuedBy: 'Ana Ruiz',
      date: 'May 2',
    });
  });

  it('when a campaign pledge is "hers" and she vows it again, then it is her promise, named once', () => {
    const text =
      'Senator Ana Ruiz faces questions about her campaign pledge to close every detention camp. Ruiz vows to close them all.';
    expect(policiesOf(text)).toEqual([
      expect.objectContaining({ name: 'campaign promise to close every detention camp', issuedBy: 'Ana Ruiz' }),
    ]);
  });

  it('when the promise is of no enforcement act, then no policy is made', () => {
    expect(namesOf('Mayor Ana Ruiz promised to bring kindness to city hall.')).toEqual([]);
  });

  it('when what befell the promise follows it, then the promise stops before that verb', () => {
    expect(namesOf('Senator Ana Ruiz’s campaign promise to close the camps hit a roadblock on Tuesday.')).toEqual([
      'campaign promise to close the camps',
    ]);
  });
});
