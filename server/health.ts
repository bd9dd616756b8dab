/**
 * `/health`: the process answers. `/ready`: Neo4j answers and every migration is applied, so a load
 * balancer sends traffic only to instances that can serve it.
 */
import type { Request, Response } from 'express';
import type { Executor } from '../db/executor.js';
import { pendingMigrations } from '../db/migrate.js';

export function health(_req: Request, res: Response): void {
  res.json({ status: 'ok' });
}

export function readiness(executor: Executor) {
  return async (_req: Request, res: Response): Promise<void> => {
    try {
      await executor.ping();
      const pending = await pendingMigrations(executor);
      const ready = pending.length === 0;
      res
        .status(ready ? 200 : 503)
        .json({ ready, neo4j: 'up', pendingMigrations: pending.map((migration) => migration.id) });
    } catch {
      res.status(503).json({ ready: false, neo4j: 'down' });
    }
  };
}
