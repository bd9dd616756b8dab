/**
 * Per-request batching: every nested field asks a loader, and each loader turns the keys gathered in one
 * tick into a single Cypher round-trip, so a query's cost grows with its depth, not with its rows.
 */
import DataLoader from 'dataloader';
import type { Executor, Row } from '../db/executor.js';
import type { NodeType } from './global-id.js';
import { toObject, type GraphObject } from './to-object.js';

export function createDataLoaders(executor: Executor) {
  return {
    /** Any node by graph id. */
    node: new DataLoader<string, GraphObject | null>(async (ids) => {
      const rows = await executor.read('nodes/get-nodes', { ids });
      const found = new Map(rows.map((row) => [String((row.node as Row).id), toObject(row.label as NodeType, row.node as Row)]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type DataLoaders = ReturnType<typeof createDataLoaders>;
