import { describe, expect, it } from 'vitest';
import { namesOf } from './support.js';

describe('grant-condition rule', () => {
  it('when a grant will "only" be awarded to places that do something, then the condition is a policy', () => {
    expect(namesOf('The province will give shelter funds only to counties that refuse detainer requests.')).toEqual([
      'conditions on shelter funds: only to counties that refuse detainer requests',
    ]);
  });

  it('when grants are conditioned on something, then the condition is a policy, once however often it is described', () => {
    const text =
      'The state conditioned police grants on honoring detainer requests. It will only give police grants to counties that honor detainer requests.';
    expect(namesOf(text)).toEqual(['conditions on police grants requiring honoring detainer requests']);
  });

  it('when "conditions on grants" are only complained about, then no policy is made', () => {
    expect(namesOf('The counties said conditions on grants were unlawful.')).toEqual([]);
  });

  it('when money is awarded with no "only", then it is no condition', () => {
    expect(namesOf('The foundation will award grants to towns that plant trees.')).toEqual([]);
  });
});
