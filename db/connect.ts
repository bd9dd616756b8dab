/**
 * Opens the database the configuration asks for: the user's server when NEO4J_URI is set, otherwise the
 * embedded one, started here and stopped by `close()`.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { DEFAULT_DRIVER_SETTINGS, type Config, type DriverSettings } from '../runtime/config.js';
import type { Logger } from '../runtime/logger.js';
import { startEmbeddedNeo4j } from './embedded-neo4j.js';
import { Executor } from './executor.js';
import { loadStatements } from './statements.js';
import { superviseEmbeddedNeo4j } from './supervised-neo4j.js';

export interface Database {
  readonly executor: Executor;
  readonly driver: Driver;
  close(): Promise<void>;
}

export function createDriver(
  uri: string,
  username?: string,
  password?: string,
  settings: DriverSettings = DEFAULT_DRIVER_SETTINGS,
): Driver {
  // The embedded server runs with authentication off; no token means the 'none' scheme.
  const auth = username ? neo4j.auth.basic(username, password ?? '') : undefined;
  return neo4j.driver(uri, auth, {
    // Bounded waits, so an unreachable database answers DATABASE_UNAVAILABLE within seconds instead of
    // hanging. A managed transaction that fails transiently is tried again after about 1 s, 2 s, 4 s… for
    // as long as the retry time lasts (the driver's own default, 30 s, would hold a request that long).
    connectionAcquisitionTimeout: settings.connectTimeoutMs,
    connectionTimeout: settings.connectTimeoutMs,
    maxTransactionRetryTime: settings.retryTimeMs,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: () => undefined },
  });
}

export async function waitForConnectivity(driver: Driver, timeoutMs: number, database?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Routing URIs reach a cluster, where reads may go to a follower that has not yet seen a write. */
const ROUTING = /^neo4j(\+s|\+ssc)?:\/\//;

export interface OpenOptions {
  /**
   * Given, the embedded Neo4j is supervised: restarted when it exits unexpectedly, and this is called
   * when it cannot be brought back (see db/supervised-neo4j.ts). Not given, it runs unsupervised (a
   * one-shot command such as ingest fails fast instead).
   */
  readonly onDatabaseLost?: (error: Error) => void;
}

export async function openDatabase(config: Config, logger: Logger, options: OpenOptions = {}): Promise<Database> {
  let embedded: { readonly uri: string; stop(): Promise<void> } | undefined;
  let driver: Driver;
  if (config.neo4j) {
    driver = createDriver(config.neo4j.uri, config.neo4j.username, config.neo4j.password, config.driver);
    logger.info({ uri: config.neo4j.uri.replace(/\/\/[^@/]*@/, '//') }, 'using the Neo4j server from NEO4J_URI');
  } else {
    embedded = options.onDatabaseLost
      ? await superviseEmbeddedNeo4j(config.embedded, config.embeddedRestarts, logger, options.onDatabaseLost)
      : await startEmbeddedNeo4j(config.embedded, logger);
    driver = createDriver(embedded.uri, undefined, undefined, config.driver);
  }
  try {
    await waitForConnectivity(driver, 30_000, config.neo4j?.database);
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  const executor = new Executor(driver, {
    database: config.neo4j?.database,
    timeoutMs: config.transactionTimeoutMs,
    logger,
    statements: loadStatements(),
    bookmarks: config.neo4j && ROUTING.test(config.neo4j.uri) ? neo4j.bookmarkManager() : undefined,
  });
  return {
    executor,
    driver,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
