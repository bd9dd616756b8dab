/** The export's reads: the graph's shape, then its nodes, relationships and extractions a page at a time. */
import { statement, type NoParams } from '../statement.js';
import type { Native } from '../to-native.js';
import type { Ids } from './nodes.js';

export interface StoredNodeRow {
  readonly id: string;
  readonly labels: string[];
  readonly properties: Record<string, Native>;
}

export interface StoredRelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly properties: Record<string, Native>;
}

/** One property of a label (or relationship type) and the types it is stored as. */
export interface PropertyTypesRow {
  readonly name: string;
  readonly types: string[] | null;
}

export interface IdRow {
  readonly id: string;
}

export interface AfterParams {
  readonly after: string;
  readonly limit: number;
}

export const listNodeProperties = statement<NoParams, PropertyTypesRow & { readonly labels: string[] }>(
  'export/list-node-properties',
);
export const listRelationshipProperties = statement<NoParams, PropertyTypesRow & { readonly type: string }>(
  'export/list-relationship-properties',
);
export const listNodeIdsAfter = statement<AfterParams, IdRow>('export/list-node-ids-after');
export const listNodesAfter = statement<AfterParams, StoredNodeRow>('export/list-nodes-after');
export const getNodesById = statement<Ids, StoredNodeRow>('export/get-nodes-by-id');
export const listOutgoingRelationships = statement<Ids, StoredRelationshipRow>('export/list-outgoing-relationships');
export const listArticleIdsAfter = statement<AfterParams, IdRow>('export/list-article-ids-after');
export const listArticlesSince = statement<AfterParams & { readonly since: string }, IdRow>(
  'export/list-articles-since',
);
/** An article's extraction as the extractor wrote it, claims among the quotes. */
export const getArticleExtractions = statement<Ids, { readonly extraction: Native }>('export/get-article-extractions');
export const listAdjacentIds = statement<Ids, IdRow>('export/list-adjacent-ids');
export const listReachedIds = statement<Ids, IdRow>('export/list-reached-ids');
