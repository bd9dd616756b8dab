import { describe, expect, it } from 'vitest';
import { namesOf } from './support.js';

describe('target rule', () => {
  it('when a daily arrest target with a number is set, then the target is a policy with its number', () => {
    expect(namesOf('Field offices were given a daily arrest target of 900 arrests.')).toEqual(['daily arrest target of 900 arrests']);
  });

  it('when quotas are imposed "for" someone, then the quotas are a policy', () => {
    expect(namesOf('The ministry will impose quotas for asylum officers next year.')).toEqual(['quotas for asylum officers next year']);
  });

  it('when officials "have been told to achieve" a number a day, then that is a target', () => {
    expect(namesOf('Border officers have reportedly been told to achieve 400 arrests a day across the region.')).toEqual(['target of 400 arrests a day']);
  });

  it('when "target" or "goal" carries no kind, number or rate, then no policy is made', () => {
    expect(namesOf('The mayor became a target of critics. Their goal is a fair hearing.')).toEqual([]);
  });

  it('when a quota is what new directives establish, then the directives are one policy named with the quota', () => {
    expect(namesOf('The office will speed hearings by establishing a quota system, according to new agency directives.')).toEqual([
      'agency directives establishing quota system',
    ]);
  });
});
