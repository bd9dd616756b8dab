import type { OrganizationKind } from '../../model/graph-model.js';
import { statement } from '../statement.js';
import type { KeysetParams, KeysetRow } from './paging.js';
import type { Ids, OrganizationNode, Total } from './nodes.js';
import type { NameParams, CandidateParams, CandidateRow, RoleRow } from './named-entities.js';

export interface OrganizationFilters {
  readonly nameContains: string | null;
  readonly kinds: readonly OrganizationKind[] | null;
  readonly partOf: string | null;
  readonly mentionedIn: string | null;
}

export const listOrganizations = statement<OrganizationFilters & KeysetParams, KeysetRow<OrganizationNode>>(
  'organizations/list-organizations',
);
export const countOrganizations = statement<OrganizationFilters, Total>('organizations/count-organizations');
export const findOrganizationNamed = statement<NameParams, { readonly node: OrganizationNode }>(
  'organizations/find-organization-named',
);
export const findOrganizationCandidates = statement<CandidateParams, CandidateRow<OrganizationNode>>(
  'organizations/find-organization-candidates',
);
/** Keyed by the organization's id. */
export const getMembers = statement<Ids, RoleRow>('organizations/get-members');
