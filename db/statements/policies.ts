import type { PolicyKind } from '../../model/graph-model.js';
import { statement } from '../statement.js';
import type { KeysetParams, KeysetRow } from './paging.js';
import type { PolicyNode, Total } from './nodes.js';

export interface PolicyFilters {
  readonly nameContains: string | null;
  readonly kinds: readonly PolicyKind[] | null;
  readonly issuedBy: string | null;
}

export const listPolicies = statement<PolicyFilters & KeysetParams, KeysetRow<PolicyNode>>('policies/list-policies');
export const countPolicies = statement<PolicyFilters, Total>('policies/count-policies');
