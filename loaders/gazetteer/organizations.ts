import type { OrganizationEntry } from './organization-entry.js';
import { US_FEDERAL_BODIES } from './us-federal-bodies.js';
import { RESEARCH_AND_ADVOCACY } from './research-and-advocacy.js';
import { INTERNATIONAL_BODIES } from './international-bodies.js';
import { CRIMINAL_GROUPS } from './criminal-groups.js';
import { MEDIA_OUTLETS } from './media-outlets.js';
import { STATE_BODIES } from './state-bodies.js';

export const ORGANIZATIONS: readonly OrganizationEntry[] = Object.freeze([
  ...US_FEDERAL_BODIES,
  ...STATE_BODIES,
  ...RESEARCH_AND_ADVOCACY,
  ...INTERNATIONAL_BODIES,
  ...CRIMINAL_GROUPS,
  ...MEDIA_OUTLETS,
]);

const BY_NAME = new Map(ORGANIZATIONS.map((o) => [o.name, o]));

export function organizationByName(name: string): OrganizationEntry | undefined {
  return BY_NAME.get(name);
}
