import { describe, expect, it } from 'vitest';
import { namesOf } from './support.js';

describe('grant-condition rule', () => {
  it('when a grant will "only" be awarded to places that do something, then the condition is a policy', () => {
    expect(namesOf('The ministry will only award a road safety grant to towns that share jail records with federal agents.')).toEqual([
      'conditions on road safety grant: only to towns that share jail records with federal agents',
    ]);
  });

  it('when conditions on grants are described twice, then they are one policy', () => {
    const text = 'The state will only give police grants to counties that honor detainer requests. The counties said conditions on grants were unlawful.';
    expect(namesOf(text)).toHaveLength(1);
  });

  it('when money is awarded with no "only", then it is no condition', () => {
    expect(namesOf('The foundation will award grants to towns that plant trees.')).toEqual([]);
  });
});
