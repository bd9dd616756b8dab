/**
 * Applies `cypher/migrations/NNNN-*.cypher` in order, once each, and records every applied file as a
 * `(:Migration {id, checksum, appliedAt})` node. The statements themselves are idempotent (IF NOT EXISTS),
 * so two processes migrating at once, or a crash between a statement and its record, are harmless.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../runtime/logger.js';
import type { Executor } from './executor.js';
import { CYPHER_DIR } from './statements.js';
import { awaitIndexes, listApplied, recordApplied } from './statements/migrations.js';

export interface Migration {
  readonly id: string;
  readonly checksum: string;
  readonly statements: readonly string[];
}

const MIGRATIONS_DIR = path.join(CYPHER_DIR, 'migrations');
const MIGRATION_FILE = /^\d{4}-[a-z0-9-]+\.cypher$/;

/** Splits a file on semicolons that end a line; `//` comment lines are dropped. */
export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => MIGRATION_FILE.test(file))
    .sort()
    .map((file) => {
      const source = readFileSync(path.join(dir, file), 'utf8');
      return {
        id: file.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(source).digest('hex').slice(0, 16),
        statements: splitStatements(source),
      };
    });
}

export async function pendingMigrations(
  executor: Executor,
  migrations: readonly Migration[] = readMigrations(),
): Promise<Migration[]> {
  const applied = new Set((await executor.read(listApplied, {})).map((row) => row.id));
  return migrations.filter((migration) => !applied.has(migration.id));
}

/** Returns the ids of the migrations it applied (none when the graph is up to date). */
export async function migrate(executor: Executor, logger: Logger): Promise<string[]> {
  // Not bound by the request timeout: a backfill over a large graph outlasts it.
  const unbounded = executor.withTimeout(0);
  const pending = await pendingMigrations(unbounded);
  for (const migration of pending) {
    // Schema commands cannot share a transaction with writes, so each runs on its own.
    for (const statement of migration.statements) await unbounded.runRaw(statement);
    await unbounded.write(recordApplied, { id: migration.id, checksum: migration.checksum });
    logger.info({ migration: migration.id }, 'applied migration');
  }
  if (pending.length > 0) await unbounded.read(awaitIndexes, {});
  return pending.map((migration) => migration.id);
}
