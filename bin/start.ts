/**
 * The main job: start (or connect to) Neo4j, apply migrations, load the sample corpus, serve GraphQL and
 * the playground. Stops everything cleanly on SIGINT/SIGTERM.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { CurationError, readCuration } from '../loaders/resolve/curation.js';
import { ingestSampleCorpus } from '../loaders/ingest-sample-corpus.js';
import { ConfigError, loadConfig } from '../runtime/config.js';
import { createLogger } from '../runtime/logger.js';
import { createApp } from '../server/create-app.js';
import { gracefulCloser } from '../server/graceful-close.js';
import { startSubscriptions } from '../server/subscriptions.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  const curation = readCuration(config.curationFile);
  const database = await openDatabase(config, logger, {
    // The embedded Neo4j could not be restarted: exit non-zero so a process manager takes over, rather
    // than run on as a server that answers DATABASE_UNAVAILABLE for ever (its JVM is stopped on exit).
    onDatabaseLost(error) {
      logger.fatal({ err: error }, 'giving up: the embedded Neo4j is gone');
      process.exit(1);
    },
  });
  try {
    await migrate(database.executor, logger);
    if (config.loadSampleCorpus) await ingestSampleCorpus(database.executor, logger, curation);
    const { app, stop } = await createApp(config, database.executor, logger, curation);
    const server = app.listen(config.port, config.host);
    const closer = gracefulCloser(server);
    await once(server, 'listening');
    const subscriptions = await startSubscriptions(server, config, database.executor, logger, curation);
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    logger.info({ graphql: `${url}/graphql`, playground: `${url}/playground/` }, 'ready');
    process.stdout.write(`GraphQL: ${url}/graphql\nPlayground: ${url}/playground/\n`);

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      const started = Date.now();
      logger.info({ signal, deadlineMs: config.shutdownTimeoutMs }, 'shutting down: finishing in-flight requests');
      try {
        // WebSocket clients first: told the server is going (1001), their subscriptions completed.
        await subscriptions.close();
        const { inFlight, cut } = await closer.close(config.shutdownTimeoutMs);
        if (cut)
          logger.warn(
            { inFlight, deadlineMs: config.shutdownTimeoutMs },
            'requests still running at the shutdown deadline were cut off',
          );
        // Only once the last request has been answered: until then it needs Apollo and the driver.
        await stop();
        await database.close();
        logger.info({ inFlight, ms: Date.now() - started }, 'stopped');
        process.exit(0);
      } catch (error) {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      }
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await database.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof CurationError) {
    process.stderr.write(`configuration error: ${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
