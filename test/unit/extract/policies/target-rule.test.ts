import { describe, expect, it } from 'vitest';
import { namesOf } from './support.js';

describe('target rule', () => {
  it('when a daily arrest target with a number is set, then the target is a policy with its number', () => {
    expect(namesOf('Field offices were given a daily arrest target of 900 arrests.')).toEqual([
      'daily arrest target of 900 arrests',
    ]);
  });

  it('when quotas are imposed "for" someone, then the quotas are a policy', () => {
    expect(namesOf('The ministry will impose quotas for asylum officers next year.')).toEqual([
      'quotas for asylum officers next year',
    ]);
  });

  it('when officials "were told to reach" a number in a period, then that is a target', () => {
    expect(namesOf('Field agents were told to reach 400 arrests a week across the region.')).toEqual([
      'target of 400 arrests a week',
    ]);
  });

  it('when "target" or "goal" carries no kind, number or rate, then no policy is made', () => {
    expect(namesOf('The mayor became a target of critics. Their goal is a fair hearing.')).toEqual([]);
  });

  it('when a quota is what new directives establish, then the directives are one policy named with the quota', () => {
    expect(namesOf('Asylum officers face a quota system under new agency directives issued in March.')).toEqual([
      'agency directives on quota system',
    ]);
  });
});
