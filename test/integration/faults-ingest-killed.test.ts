import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/support/corpus-files.js';
import { createDriver } from '../../db/connect.js';
import type { Executor } from '../../db/executor.js';
import { startEmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import { migrate } from '../../db/migrate.js';
import { DEFAULT_BATCH_SIZE } from '../../loaders/ingest.js';
import { loadConfig } from '../../runtime/config.js';
import { runBin } from '../support/bin-process.js';
import { testExecutor, testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';
import { graphLines, lineDifference } from '../support/graph-snapshot.js';

// A Neo4j of this test's own: it is emptied between the two loads, which the shared one must never be.
const settings = {
  ...loadConfig({}).embedded,
  dataDir: path.resolve(`.data/neo4j-faults-ingest-test-${process.pid}`),
  boltPort: await freePort(),
  heap: '512m',
  pageCache: '128m',
};
const corpusDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-faults-ingest-'));
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(settings.dataDir, { recursive: true, force: true });
  rmSync(corpusDir, { recursive: true, force: true });
});

const ARTICLES = 200;

async function articleCount(executor: Executor): Promise<number> {
  const [row] = await executor.runRaw('MATCH (a:Article) RETURN count(a) AS articles', {}, 'READ');
  return Number(row?.articles);
}

/** Transactions open on the server other than the one asking: a batch the ingest has begun and not committed. */
async function openTransactions(executor: Executor): Promise<number> {
  const rows = await executor.runRaw(
    "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS open",
    {},
    'READ',
  );
  return Number(rows[0]?.open);
}

describe('the ingest process killed in the middle of a batch', () => {
  it(
    'when it is killed with SIGKILL and run again, then the graph is the same as after a load that was never interrupted',
    { timeout: 600_000 },
    async () => {
      rmSync(settings.dataDir, { recursive: true, force: true });
      const neo4j = await startEmbeddedNeo4j(settings, testLogger);
      cleanups.push(() => neo4j.stop());
      const driver = createDriver(neo4j.uri);
      cleanups.push(() => driver.close());
      const executor = testExecutor(driver, 120_000);
      await migrate(executor, testLogger);
      writeCorpus(7, ARTICLES, corpusDir);
      const env = { NEO4J_URI: neo4j.uri, LOG_LEVEL: 'warn' };

      const uninterrupted = await runBin('ingest.ts', [corpusDir], env).exited;
      expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
      const reference = await graphLines(executor);
      await executor.runRaw(
        'MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
      );
      expect(await articleCount(executor)).toBe(0);

      const killed = runBin('ingest.ts', [corpusDir], env);
      let storedAtKill: number;
      for (;;) {
        storedAtKill = await articleCount(executor);
        // Some batches committed and the next one begun: the kill lands inside a transaction.
        if (storedAtKill >= ARTICLES / 2 && (await openTransactions(executor)) > 0) break;
        if (killed.child.exitCode !== null)
          throw new Error(`the ingest finished before it could be killed:\n${killed.output().stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      killed.child.kill('SIGKILL');
      const death = await killed.exited;
      // The server rolls the orphaned batch back once it sees the connection gone.
      for (let wait = 0; (await openTransactions(executor)) > 0 && wait < 100; wait++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const storedAfterKill = await articleCount(executor);

      const resumed = await runBin('ingest.ts', [corpusDir], env).exited;
      const summary = JSON.parse(resumed.stdout) as { articles: Record<string, number> };
      const final = await graphLines(executor);
      process.stderr.write(
        `faults-ingest-killed: killed (${death.signal}) with ${storedAtKill} of ${ARTICLES} articles stored and a batch open; ` +
          `${storedAfterKill} stored after the kill; the rerun found ${summary.articles.unchanged} unchanged and wrote ${summary.articles.new} new; ` +
          `${final.nodes.length} nodes and ${final.relationships.length} relationships, against ${reference.nodes.length} and ${reference.relationships.length} uninterrupted\n`,
      );

      expect(death.signal).toBe('SIGKILL');
      expect(storedAfterKill).toBeLessThan(ARTICLES);
      // Batches are transactions: a kill leaves whole batches, never part of one.
      expect(storedAfterKill % DEFAULT_BATCH_SIZE).toBe(0);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(summary.articles).toEqual({
        new: ARTICLES - storedAfterKill,
        unchanged: storedAfterKill,
        updated: 0,
        failed: 0,
      });
      expect(final.nodes.length).toBe(reference.nodes.length);
      expect(final.relationships.length).toBe(reference.relationships.length);
      expect(lineDifference(reference.nodes, final.nodes)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
      expect(lineDifference(reference.relationships, final.relationships)).toEqual({
        onlyInFirst: [],
        onlyInSecond: [],
      });
    },
  );
});
