import { rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../db/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import { migrate } from '../../db/migrate.js';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { loadConfig } from '../../runtime/config.js';
import { testExecutor, testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';
import { ANSWER_BOUND_MS, ask, requestLoad } from '../support/request-load.js';
import { startTestServer } from '../support/server.js';

// A Neo4j of this test's own, so stopping it does not disturb the other tests.
const config = loadConfig({});
const settings = {
  ...config.embedded,
  dataDir: path.resolve(`.data/neo4j-faults-down-test-${process.pid}`),
  boltPort: await freePort(),
  heap: '384m',
  pageCache: '64m',
};
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(settings.dataDir, { recursive: true, force: true });
});

const CLIENTS = 8;
const OUTAGE_MS = 12_000;
/** "Within seconds": generous, since a restarted Neo4j on a busy machine is slow to answer its first queries. */
const RECOVERY_BOUND_MS = 30_000;

async function ready(url: string): Promise<number> {
  return (await fetch(`${url}/ready`, { signal: AbortSignal.timeout(3 * ANSWER_BOUND_MS) })).status;
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Neo4j unreachable while the server is serving', () => {
  it(
    'when Neo4j stops, then every request answers DATABASE_UNAVAILABLE within the bound; when it is back, then queries succeed again without a restart',
    { timeout: 300_000 },
    async () => {
      rmSync(settings.dataDir, { recursive: true, force: true });
      let neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j(settings, testLogger);
      const driver = createDriver(neo4j.uri, undefined, undefined, config.driver);
      cleanups.push(() => driver.close());
      const executor = testExecutor(driver, config.transactionTimeoutMs);
      await migrate(executor, testLogger);
      await ingestSampleCorpus(executor, testLogger);
      const server = await startTestServer(executor);
      cleanups.push(() => server.close());
      const url = await server.listen();
      const traffic = requestLoad(url, CLIENTS);
      await until(async () => traffic.outcomes.filter((outcome) => outcome.ok).length >= 2 * CLIENTS, 30_000);

      const stopping = Date.now();
      await neo4j.stop();
      const stopped = Date.now();
      // Down for longer than the bound, so a request that waited for the database to return would show.
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      const readyWhileDown = await ready(url);
      const restarting = Date.now();
      neo4j = await startEmbeddedNeo4j(settings, testLogger);
      cleanups.push(() => neo4j.stop());
      const restarted = Date.now();
      const successesAfter = () => traffic.outcomes.filter((outcome) => outcome.ok && outcome.ended >= restarted);
      await until(async () => successesAfter().length > 0, RECOVERY_BOUND_MS);
      const recovered = Math.min(...successesAfter().map((outcome) => outcome.ended));
      const readyAfter = await ready(url);
      await traffic.stop();

      // Every answer given while Neo4j was stopping, stopped or starting again (successes after its return
      // are bounded separately: a freshly started Neo4j plans and compiles every query anew).
      const duringOutage = traffic.outcomes.filter((outcome) => outcome.ended >= stopping && outcome.ended < restarted);
      const failed = traffic.outcomes.filter((outcome) => !outcome.ok);
      const maxLatency = Math.max(...[...duringOutage, ...failed].map((outcome) => outcome.ended - outcome.started));
      const slowestRecovering = Math.max(...successesAfter().map((outcome) => outcome.ended - outcome.started));
      process.stderr.write(
        `faults-database-down: ${traffic.outcomes.length} requests by ${CLIENTS} clients, ${duringOutage.length} answered during the outage ` +
          `(${failed.length} DATABASE_UNAVAILABLE), max latency ${maxLatency} ms; Neo4j took ${stopped - stopping} ms to stop and ` +
          `${restarted - restarting} ms to start; first success ${recovered - restarted} ms after it was back ` +
          `(slowest request across the return ${slowestRecovering} ms)\n`,
      );

      expect(traffic.outcomes.filter((outcome) => outcome.status === 'no answer')).toEqual([]);
      expect(failed.length).toBeGreaterThanOrEqual(CLIENTS);
      for (const outcome of failed)
        expect({ status: outcome.status, codes: [...new Set(outcome.codes)] }).toEqual({
          status: 200,
          codes: ['DATABASE_UNAVAILABLE'],
        });
      expect(maxLatency).toBeLessThanOrEqual(ANSWER_BOUND_MS);
      expect(readyWhileDown).toBe(503);
      expect(readyAfter).toBe(200);
      const afterRecovery = traffic.outcomes.filter((outcome) => outcome.started >= recovered);
      expect(afterRecovery.length).toBeGreaterThan(0);
      expect(afterRecovery.filter((outcome) => !outcome.ok)).toEqual([]);
    },
  );

  it(
    'when the database accepts connections but never answers, then requests answer DATABASE_UNAVAILABLE within the bound',
    { timeout: 60_000 },
    async () => {
      // What a frozen Neo4j (a stopped JVM, a full disk, a partition after the handshake) looks like to a new connection.
      const sockets: Socket[] = [];
      const silent = createServer((socket) => void sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      cleanups.push(
        () => new Promise((resolve) => (sockets.forEach((socket) => socket.destroy()), silent.close(resolve))),
      );
      const driver = createDriver(
        `bolt://127.0.0.1:${(silent.address() as { port: number }).port}`,
        undefined,
        undefined,
        config.driver,
      );
      cleanups.push(() => driver.close());
      const server = await startTestServer(testExecutor(driver, config.transactionTimeoutMs));
      cleanups.push(() => server.close());
      const url = await server.listen();

      const outcomes = await Promise.all(Array.from({ length: CLIENTS }, () => ask(url)));
      const readyStarted = Date.now();
      const readyStatus = await ready(url);
      const readyLatency = Date.now() - readyStarted;
      process.stderr.write(
        `faults-database-down (silent peer): latencies ${outcomes.map((outcome) => outcome.ended - outcome.started).join(', ')} ms; /ready ${readyLatency} ms\n`,
      );

      for (const outcome of outcomes) {
        expect({ status: outcome.status, codes: [...new Set(outcome.codes)] }).toEqual({
          status: 200,
          codes: ['DATABASE_UNAVAILABLE'],
        });
        expect(outcome.ended - outcome.started).toBeLessThanOrEqual(ANSWER_BOUND_MS);
      }
      expect(readyStatus).toBe(503);
      expect(readyLatency).toBeLessThanOrEqual(ANSWER_BOUND_MS);
    },
  );
});
