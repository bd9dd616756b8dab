/**
 * Graph rows become GraphQL objects here: the graph id moves to `graphId` and `id` becomes the opaque
 * global id, with `__typename` for the Node interface and unions.
 */
import type { Row } from '../../db/executor.js';
import { toGlobalId, type NodeType } from './global-id.js';

export type GraphObject = Row & { readonly __typename: NodeType; readonly graphId: string; readonly id: string };

export function toObject(type: NodeType, row: Row): GraphObject {
  const graphId = String(row.id);
  return { ...row, __typename: type, graphId, id: toGlobalId(type, graphId) };
}
