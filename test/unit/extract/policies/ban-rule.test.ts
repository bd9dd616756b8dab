import { describe, expect, it } from 'vitest';
import { namesOf } from './support.js';

describe('ban rule', () => {
  it('when a ban on something is approved, then the ban is a policy named by what it bans', () => {
    expect(namesOf('The state senate approved a strict ban on masked arrests by federal agents.')).toEqual([
      'strict ban on masked arrests by federal agents',
    ]);
  });

  it('when "ban" is a verb or has no "on", then no ban is read', () => {
    expect(namesOf('Lawmakers want to ban masked arrests. The ban was popular.')).toEqual([]);
  });

  it('when a moratorium or cap on something is promised, then it is a policy too', () => {
    expect(namesOf('The governor proposed a 90-day moratorium on shelter closures.')).toEqual([
      '90-day moratorium on shelter closures',
    ]);
  });
});
