/**
 * Crash recovery: the database (not the loader) killed with SIGKILL in the middle of an ingest batch. On
 * restart Neo4j recovers its store from its transaction log: every committed batch is there whole, the
 * open one is not there at all, and loading the corpus again gives the graph an uninterrupted load gives.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/support/corpus-files.js';
import { createDriver } from '../../db/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import type { Executor } from '../../db/executor.js';
import { migrate } from '../../db/migrate.js';
import { DEFAULT_BATCH_SIZE } from '../../loaders/ingest.js';
import { loadConfig } from '../../runtime/config.js';
import { runBin } from '../support/bin-process.js';
import { testExecutor, testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';
import { graphLines, lineDifference, type GraphLines } from '../support/graph-snapshot.js';

// A Neo4j of this test's own: it is killed, and emptied between loads, which the shared one must never be.
const settings = {
  ...loadConfig({}).embedded,
  dataDir: path.resolve(`.data/neo4j-crash-recovery-test-${process.pid}`),
  boltPort: await freePort(),
  heap: '512m',
  pageCache: '128m',
};
const corpusDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-crash-recovery-'));
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(settings.dataDir, { recursive: true, force: true });
  rmSync(corpusDir, { recursive: true, force: true });
});

const ARTICLES = 200;

async function storedArticleIds(executor: Executor): Promise<string[]> {
  return (await executor.runRaw('MATCH (a:Article) RETURN a.id AS id ORDER BY id', {}, 'READ')).map((row) =>
    String(row.id),
  );
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

/** The lines of `graph` that belong to article `id`: its node, and every relationship from it. */
function articleLines(graph: GraphLines, id: string): string[] {
  const node = graph.nodes.filter((line) => (JSON.parse(line) as { id: string }).id === id);
  const relationships = graph.relationships.filter((line) => (JSON.parse(line) as { from: string }).from === id);
  return [...node, ...relationships];
}

describe('Neo4j killed in the middle of an ingest batch', () => {
  it(
    'when the JVM is killed with SIGKILL and started again, then every stored article is whole, none is half-written, and loading again gives the uninterrupted graph',
    { timeout: 900_000 },
    async () => {
      rmSync(settings.dataDir, { recursive: true, force: true });
      let neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j(settings, testLogger);
      cleanups.push(() => neo4j.stop());
      const driver = createDriver(neo4j.uri);
      cleanups.push(() => driver.close());
      const executor = testExecutor(driver, 120_000);
      await migrate(executor, testLogger);
      writeCorpus(11, ARTICLES, corpusDir);
      const env = { NEO4J_URI: neo4j.uri, LOG_LEVEL: 'warn' };

      const uninterrupted = await runBin('ingest.ts', [corpusDir], env).exited;
      expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
      const reference = await graphLines(executor);
      await executor.runRaw(
        'MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
      );

      const ingesting = runBin('ingest.ts', [corpusDir], env);
      let storedAtKill: number;
      for (;;) {
        storedAtKill = (await storedArticleIds(executor)).length;
        // Some batches committed and the next one begun: the kill lands inside a transaction.
        if (storedAtKill >= ARTICLES / 2 && (await openTransactions(executor)) > 0) break;
        if (ingesting.child.exitCode !== null)
          throw new Error(`the ingest finished before Neo4j could be killed:\n${ingesting.output().stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      process.kill(neo4j.pid, 'SIGKILL');
      const death = await neo4j.exited;
      // The loader finds its database gone and stops with an error, within its bounded waits.
      const loader = await ingesting.exited;
      neo4j = await startEmbeddedNeo4j(settings, testLogger);
      const recovered = await graphLines(executor);
      const storedIds = await storedArticleIds(executor);

      const resumed = await runBin('ingest.ts', [corpusDir], env).exited;
      expect(resumed.code, resumed.stderr).toBe(0);
      const summary = JSON.parse(resumed.stdout) as { articles: Record<string, number> };
      const final = await graphLines(executor);
      process.stderr.write(
        `faults-neo4j-killed-ingest: Neo4j killed (${death.signal}) with ${storedAtKill} of ${ARTICLES} articles stored and a batch open; ` +
          `the loader exited ${loader.code}; ${storedIds.length} articles after recovery; the rerun found ${summary.articles.unchanged} unchanged and wrote ${summary.articles.new} new\n`,
      );

      expect(death.signal).toBe('SIGKILL');
      expect(loader.code).not.toBe(0);
      expect(storedIds.length).toBeGreaterThanOrEqual(storedAtKill);
      expect(storedIds.length).toBeLessThan(ARTICLES);
      // Batches are transactions: recovery keeps whole batches, never part of one.
      expect(storedIds.length % DEFAULT_BATCH_SIZE).toBe(0);
      // Each stored article is exactly as the uninterrupted load wrote it: its node and every fact from it.
      for (const id of storedIds)
        expect({ id, ...lineDifference(articleLines(reference, id), articleLines(recovered, id)) }).toEqual({
          id,
          onlyInFirst: [],
          onlyInSecond: [],
        });
      // Nothing half-written besides: no node the uninterrupted load does not have.
      const referenceIds = new Set(reference.nodes.map((line) => (JSON.parse(line) as { id: string }).id));
      expect(
        recovered.nodes.map((line) => (JSON.parse(line) as { id: string }).id).filter((id) => !referenceIds.has(id)),
      ).toEqual([]);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(summary.articles).toEqual({
        new: ARTICLES - storedIds.length,
        unchanged: storedIds.length,
        updated: 0,
        failed: 0,
      });
      expect(lineDifference(reference.nodes, final.nodes)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
      expect(lineDifference(reference.relationships, final.relationships)).toEqual({
        onlyInFirst: [],
        onlyInSecond: [],
      });
    },
  );
});
