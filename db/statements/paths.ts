import { statement } from '../statement.js';
import type { RelationshipRow } from './graph.js';
import type { LabelledNode } from './nodes.js';

/** One path: its nodes in order and its relationships, each with its own direction. */
export interface PathRow {
  readonly throughArticles: boolean;
  readonly nodes: LabelledNode[];
  readonly relationships: RelationshipRow[];
}
export const findPaths = statement<
  { readonly from: string; readonly to: string; readonly maxHops: number; readonly limit: number },
  PathRow
>('paths/find-paths');
