/**
 * `/metrics`: the Prometheus text format, with Neo4j's open transactions and the memory they hold read at
 * each scrape (a scrape that cannot reach Neo4j says so in `newsgraph_neo4j_up` and still answers).
 */
import type { Request, Response } from 'express';
import type { Executor } from '../db/executor.js';
import { neo4jTransactionMemory, neo4jTransactionsOpen, neo4jUp, registry } from '../runtime/metrics.js';
import { transactionMemory } from '../db/statements/metrics.js';

export function metricsEndpoint(executor: Executor) {
  return async (_req: Request, res: Response): Promise<void> => {
    try {
      const [row] = await executor.read(transactionMemory, {});
      neo4jTransactionsOpen.set(Number(row?.open ?? 0));
      neo4jTransactionMemory.set(Number(row?.bytes ?? 0));
      neo4jUp.set(1);
    } catch {
      neo4jUp.set(0);
    }
    res.type(registry.contentType).send(await registry.metrics());
  };
}
