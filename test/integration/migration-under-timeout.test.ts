/**
 * The migrations that backfill the graph, replayed as `npm start` runs them with NEO4J_TX_TIMEOUT_MS=1500,
 * on a graph large enough that a backfill outlasts that timeout and does not fit one transaction's memory:
 * a migration is not bound by the request timeout, and a backfill is written in batches.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../db/connect.js';
import { startEmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import { Executor } from '../../db/executor.js';
import { migrate, readMigrations } from '../../db/migrate.js';
import { loadStatements } from '../../db/statements.js';
import { loadConfig } from '../../runtime/config.js';
import { testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';

const config = loadConfig({ NEO4J_TX_TIMEOUT_MS: '1500' });
// A Neo4j of this test's own with a small heap, so a quarter of it (one transaction's memory) is 64 MB.
const settings = {
  ...config.embedded,
  dataDir: path.resolve(`.data/neo4j-migration-timeout-test-${process.pid}`),
  boltPort: await freePort(),
  heap: '256m',
  pageCache: '128m',
};
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(settings.dataDir, { recursive: true, force: true });
});

const ARTICLES = 300_000;
/** The migrations that write to every article or every quote's CONTAINS, rather than only change the schema. */
const BACKFILLS = readMigrations()
  .filter((migration) => migration.statements.some((statement) => /^MATCH\b/.test(statement)))
  .map((migration) => migration.id);

describe('a migration under a short transaction timeout', () => {
  it(
    'when the backfilling migrations are replayed with NEO4J_TX_TIMEOUT_MS=1500 on a graph they take longer than that over, then they complete and every node is backfilled',
    { timeout: 900_000 },
    async () => {
      rmSync(settings.dataDir, { recursive: true, force: true });
      const neo4j = await startEmbeddedNeo4j(settings, testLogger);
      cleanups.push(() => neo4j.stop());
      const driver = createDriver(neo4j.uri, undefined, undefined, config.driver);
      cleanups.push(() => driver.close());
      // As openDatabase builds it for `npm start`: every transaction bound by NEO4J_TX_TIMEOUT_MS.
      const executor = new Executor(driver, {
        database: undefined,
        timeoutMs: config.transactionTimeoutMs,
        logger: testLogger,
        statements: loadStatements(),
      });
      const setup = executor.withTimeout(0);
      await migrate(executor, testLogger);
      await setup.runRaw(
        `UNWIND range(1, $articles) AS i
       CALL (i) {
         CREATE (a:Article:Node {id: 'article:' + i, title: 'Report number ' + i, publishedAt: date('2020-01-01') + duration({days: i % 2000})})
         CREATE (a)-[:CONTAINS {sentence: 'A sentence ' + i}]->(:Quote:Node {id: 'quote:' + i, text: 'Words ' + i})
       } IN TRANSACTIONS OF 5000 ROWS`,
        { articles: ARTICLES },
      );
      // Replayed as on a graph that had never been migrated: the records go, and with them what they wrote.
      await setup.runRaw(
        'MATCH (a:Article) CALL (a) { REMOVE a.titleKey, a.publishedKey } IN TRANSACTIONS OF 5000 ROWS',
      );
      await setup.runRaw(
        'MATCH (:Article)-[c:CONTAINS]->(:Quote) CALL (c) { REMOVE c.fact } IN TRANSACTIONS OF 5000 ROWS',
      );
      await setup.runRaw('MATCH (m:Migration) WHERE m.id IN $ids DELETE m', { ids: BACKFILLS });

      // The graph is large enough: one backfill as a single transaction fails under the request timeout.
      const single = await executor
        .runRaw("MATCH (a:Article) SET a.titleKey = toLower(coalesce(a.title, ''))")
        .catch((error: unknown) => error);
      const started = Date.now();
      const applied = await migrate(executor, testLogger);
      const took = Date.now() - started;
      const [left] = await setup.runRaw(
        `CALL { MATCH (a:Article) WHERE a.titleKey IS NULL OR a.publishedKey IS NULL RETURN count(a) AS articles }
       CALL { MATCH (:Article)-[c:CONTAINS]->(:Quote) WHERE c.fact IS NULL RETURN count(c) AS quotes }
       RETURN articles, quotes`,
        {},
        'READ',
      );
      const [sample] = await setup.runRaw(
        "MATCH (a:Article {id: 'article:7'}) RETURN a.titleKey AS titleKey, a.publishedKey AS publishedKey",
        {},
        'READ',
      );
      process.stderr.write(
        `migration-under-timeout: ${applied.join(', ')} replayed over ${ARTICLES} articles in ${took} ms, with a 1500 ms transaction timeout\n`,
      );

      expect(BACKFILLS.length).toBeGreaterThanOrEqual(2);
      expect(single).toBeInstanceOf(Error);
      expect(applied).toEqual(BACKFILLS);
      expect(took).toBeGreaterThan(config.transactionTimeoutMs);
      expect(left).toEqual({ articles: 0, quotes: 0 });
      expect(sample).toEqual({ titleKey: 'report number 7', publishedKey: '2020-01-08' });
    },
  );
});
