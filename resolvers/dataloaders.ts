/**
 * Per-request batching: every nested field asks a loader, and each loader turns the keys gathered in one
 * tick into a single Cypher round-trip, so a query's cost grows with its depth, not with its rows.
 */
import DataLoader from 'dataloader';
import type { Executor, Row } from '../db/executor.js';
import type { StatementName } from '../db/statements.js';

/** Batches `UNWIND $ids` lookups whose rows carry `node.id`, returning them in key order. */
function byId(executor: Executor, statement: StatementName): DataLoader<string, Row | null> {
  return new DataLoader(async (ids) => {
    const rows = await executor.read(statement, { ids });
    const found = new Map(rows.map((row) => [String((row.node as Row).id), row.node as Row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createDataLoaders(executor: Executor) {
  return {
    article: byId(executor, 'articles/get-articles'),
  };
}

export type DataLoaders = ReturnType<typeof createDataLoaders>;
