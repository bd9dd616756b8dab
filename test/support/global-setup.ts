/**
 * Starts the embedded Neo4j once for the whole run (unless NEO4J_URI points at a server) on a free port
 * and a data folder of the run's own, so neither a running `npm start` nor another test run is touched,
 * and applies the migrations.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver, waitForConnectivity } from '../../db/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import { Executor } from '../../db/executor.js';
import { migrate } from '../../db/migrate.js';
import { loadStatements } from '../../db/statements.js';
import { loadConfig } from '../../runtime/config.js';
import { createLogger } from '../../runtime/logger.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
  }
}

let embedded: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: 'warn', format: 'json', name: 'test-setup' });
  let uri = config.neo4j?.uri;
  if (!uri) {
    dataDir = path.resolve(`.data/neo4j-test-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    embedded = await startEmbeddedNeo4j(
      { ...config.embedded, dataDir, boltPort: await freePort(), heap: '768m', pageCache: '256m' },
      logger,
    );
    uri = embedded.uri;
  }
  const driver = createDriver(uri, config.neo4j?.username, config.neo4j?.password);
  await waitForConnectivity(driver, 30_000);
  const executor = new Executor(driver, {
    database: config.neo4j?.database,
    timeoutMs: 60_000,
    logger,
    statements: loadStatements(),
  });
  await migrate(executor, logger);
  await driver.close();
  project.provide('neo4jUri', uri);
  project.provide('neo4jUsername', config.neo4j?.username ?? '');
  project.provide('neo4jPassword', config.neo4j?.password ?? '');
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
