/** The relation statements: a page (or count) of a relation's nodes for many parents, one round-trip. */
import { statement } from '../statement.js';
import type { KeysetParams } from './paging.js';
import type { Ids, LabelledNode, NodeLabel } from './nodes.js';

/** Which relation: the API's relation table (resolvers/relations/relations.ts) fills these in. */
export interface RelationParams {
  readonly direction: 'incoming' | 'outgoing';
  readonly type: string;
  readonly label: NodeLabel;
  readonly kinds: readonly string[] | null;
}

export interface ParentIds {
  readonly parentIds: readonly string[];
}

export interface RelationPageParams extends RelationParams, KeysetParams, ParentIds {
  /** For a speaker's quotes by text: '|quote' or '|claim' (quotes/list-quotes-of-speakers); else null. */
  readonly group: '|quote' | '|claim' | null;
}

/** One node of a parent's page, with the page's key and the size of the parent's whole list. */
export type RelationPageRow = LabelledNode & {
  readonly parentId: string;
  readonly key: string | number | null;
  readonly total: number;
};
export interface RelationCountRow {
  readonly parentId: string;
  readonly total: number;
}

export const listIncoming = statement<RelationPageParams, RelationPageRow>('relations/list-incoming');
export const listOutgoing = statement<RelationPageParams, RelationPageRow>('relations/list-outgoing');
export const countIncoming = statement<RelationParams & ParentIds, RelationCountRow>('relations/count-incoming');
export const countOutgoing = statement<RelationParams & ParentIds, RelationCountRow>('relations/count-outgoing');
/** Keyed by the node's id: the nodes it links to through one relationship type. */
export const getLinked = statement<Ids & { readonly type: string }, LabelledNode & { readonly id: string }>(
  'relations/get-linked',
);
