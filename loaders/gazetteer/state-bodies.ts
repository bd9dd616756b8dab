import { org, type OrganizationEntry } from './organization-entry.js';
import { US_STATES } from './places.js';

/** "New York State" and "Washington State" are listed so as not to be the city; their bodies are not. */
const stateName = (name: string): string => name.replace(/ State$/, '');

/**
 * Each state's National Guard ("Texas National Guard", "the Oregon Guard"): the state's own force, part of
 * the National Guard, so the long name is never cut to the federal one.
 */
const NATIONAL_GUARDS: readonly OrganizationEntry[] = US_STATES.map((s) =>
  org(`${stateName(s.name)} National Guard`, null, 'agency', 'National Guard', [`${stateName(s.name)} Guard`]),
);

/** State bodies that reporting names by a short form the generic "<State> Department of …" rule misses. */
const NAMED_STATE_BODIES: readonly OrganizationEntry[] = [
  org('Texas Division of Emergency Management', null, 'agency', null, []),
  org('Texas Military Department', null, 'agency', null, []),
  org('Florida Division of Emergency Management', null, 'agency', null, []),
  org('California Department of Justice', null, 'agency', null, []),
  org('Florida Highway Patrol', null, 'agency', null, []),
  org('California Highway Patrol', 'CHP', 'agency', null, []),
  org('New York Police Department', 'NYPD', 'agency', null, []),
  org('Los Angeles Police Department', 'LAPD', 'agency', null, []),
  org('Chicago Police Department', null, 'agency', null, []),
];

export const STATE_BODIES: readonly OrganizationEntry[] = [...NATIONAL_GUARDS, ...NAMED_STATE_BODIES];
