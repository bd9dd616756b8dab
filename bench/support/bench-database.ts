/**
 * A database of the benchmark's own: the server in NEO4J_URI when set (its data is added to, never
 * wiped), otherwise a fresh embedded Neo4j on a free port with a temporary data folder, removed after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../db/connect.js';
import { migrate } from '../../db/migrate.js';
import type { Config } from '../../runtime/config.js';
import type { Logger } from '../../runtime/logger.js';
import { freePort } from '../../test/support/free-port.js';

export interface BenchDatabase {
  readonly database: Database;
  /** Where the servers under test connect. */
  readonly uri: string;
  readonly version: string;
  /** False when NEO4J_URI named a server of the user's. */
  readonly embedded: boolean;
  close(): Promise<void>;
}

export async function openBenchDatabase(config: Config, logger: Logger): Promise<BenchDatabase> {
  if (config.neo4j) {
    const database = await openDatabase(config, logger);
    await migrate(database.executor, logger);
    return {
      database,
      uri: config.neo4j.uri,
      version: await versionOf(database),
      embedded: false,
      close: () => database.close(),
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-neo4j-'));
  const embedded = { ...config.embedded, dataDir, boltPort: await freePort() };
  let database: Database;
  try {
    database = await openDatabase({ ...config, embedded }, logger);
    await migrate(database.executor, logger);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    database,
    uri: `bolt://127.0.0.1:${embedded.boltPort}`,
    version: await versionOf(database),
    embedded: true,
    async close() {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function versionOf(database: Database): Promise<string> {
  const [row] = await database.executor.runRaw(
    'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    {},
    'READ',
  );
  return typeof row?.version === 'string' ? row.version : 'unknown';
}
