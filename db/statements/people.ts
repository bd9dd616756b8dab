import { statement } from '../statement.js';
import type { KeysetParams, KeysetRow } from './paging.js';
import type { Ids, PersonNode, Total } from './nodes.js';
import type { NameParams, CandidateParams, CandidateRow, RoleRow } from './named-entities.js';

export interface PeopleFilters {
  readonly nameContains: string | null;
  readonly organizationId: string | null;
  readonly mentionedIn: string | null;
}

export const listPeople = statement<PeopleFilters & KeysetParams, KeysetRow<PersonNode>>('people/list-people');
export const countPeople = statement<PeopleFilters, Total>('people/count-people');
/** Every person, off an index in the list's order: the filters' parameters are taken and must be null. */
export const listAllPeopleByName = statement<PeopleFilters & KeysetParams, KeysetRow<PersonNode>>(
  'people/list-all-people-by-name',
);
export const listAllPeopleByQuoteCount = statement<PeopleFilters & KeysetParams, KeysetRow<PersonNode>>(
  'people/list-all-people-by-quote-count',
);
export const countAllPeople = statement<PeopleFilters, Total>('people/count-all-people');
export const findPersonNamed = statement<NameParams, { readonly node: PersonNode }>('people/find-person-named');
export const findPersonCandidates = statement<CandidateParams, CandidateRow<PersonNode>>(
  'people/find-person-candidates',
);
/** Keyed by the person's id. */
export const getRoles = statement<Ids, RoleRow>('people/get-roles');
