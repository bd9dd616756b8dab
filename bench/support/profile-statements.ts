/**
 * Neo4j's PROFILE of statements a request ran: database hits summed over every operator of each plan, and
 * rows returned, as the peer's own CI reports them.
 */
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import type { RecordedStatement } from './recording-driver.js';

export interface Profile {
  readonly statements: number;
  readonly dbHits: number;
  readonly rows: number;
  /** Why the request failed, when it did (the peer at a size it cannot serve); the figures are then 0. */
  readonly error?: string;
}

function dbHitsOf(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHitsOf(child), 0);
}

export async function profileStatements(
  driver: Driver,
  statements: readonly RecordedStatement[],
  database?: string,
): Promise<Profile> {
  let dbHits = 0;
  let rows = 0;
  for (const { cypher, params } of statements) {
    const session = driver.session({ database });
    try {
      // The peer opens its statements with `CYPHER 5` (and option) lines, which must stay first.
      const result = await session.run(cypher.replace(/^((?:\s*CYPHER\b[^\n]*\n)*)/i, '$1PROFILE '), params);
      const plan = result.summary.profile;
      if (plan) {
        dbHits += dbHitsOf(plan);
        rows += plan.rows;
      }
    } finally {
      await session.close();
    }
  }
  return { statements: statements.length, dbHits, rows };
}
