import type { OrganizationKind } from '../../model/graph-model.js';
import { statement } from '../statement.js';
import type { KeysetParams, KeysetRow } from './paging.js';
import type { OrganizationNode, Total } from './nodes.js';
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
/** The bounds of one organization's member keys: its id followed by '|', and by '}'. */
export interface MemberRange {
  readonly from: string;
  readonly to: string;
}

/** A role in the organization, keyed by its member key; the node is its person. */
export type MemberRow = Omit<RoleRow, 'id'> & KeysetRow<{ readonly id: string }>;

export const listMembers = statement<MemberRange & KeysetParams, MemberRow>('organizations/list-members');
export const countMembers = statement<MemberRange, Total>('organizations/count-members');
