/** What the people and organizations statements share: lookup by name, and the roles that join them. */
import type { CitedEvidence } from './facts.js';

export interface NameParams {
  readonly name: string;
}

export interface CandidateParams extends NameParams {
  readonly limit: number;
}

/** A node whose names contain the name; `exact` when one of them is the name, in any case. */
export interface CandidateRow<N> {
  readonly node: N;
  readonly exact: boolean;
}

/** A title held in an organization, with the first evidence of it; `id` is the key the row was asked for. */
export interface RoleRow {
  readonly id: string;
  readonly title: string;
  readonly personId: string;
  readonly organizationId: string;
  readonly former: boolean;
  readonly evidence: CitedEvidence & { readonly articleId: string };
}
