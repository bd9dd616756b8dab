/**
 * The backup procedure README.md ("Backups") gives for the embedded store, step by step: stop, copy the
 * data folder with `cp -a`, start; to restore, stop, put the copy back, start.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../db/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import { migrate } from '../../db/migrate.js';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { loadConfig } from '../../runtime/config.js';
import { testExecutor, testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';
import { graphLines, lineDifference } from '../support/graph-snapshot.js';

const settings = {
  ...loadConfig({}).embedded,
  dataDir: path.resolve(`.data/neo4j-backup-test-${process.pid}`),
  boltPort: await freePort(),
  heap: '384m',
  pageCache: '64m',
};
const backups = mkdtempSync(path.join(tmpdir(), 'newsgraph-backups-'));
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(settings.dataDir, { recursive: true, force: true });
  rmSync(backups, { recursive: true, force: true });
});

/** A shell command of the procedure, as an operator types it. */
function shell(command: string, ...args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  expect(result.status, `${command} ${args.join(' ')}: ${result.stderr}`).toBe(0);
}

describe('backing up and restoring the embedded store', () => {
  it(
    'when the store is copied while stopped and the copy is put back later, then the graph is exactly as it was at the copy',
    { timeout: 300_000 },
    async () => {
      rmSync(settings.dataDir, { recursive: true, force: true });
      let neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j(settings, testLogger);
      cleanups.push(() => neo4j.stop());
      const driver = createDriver(neo4j.uri);
      cleanups.push(() => driver.close());
      const executor = testExecutor(driver);
      await migrate(executor, testLogger);
      await ingestSampleCorpus(executor, testLogger);
      const atBackup = await graphLines(executor);
      const backup = path.join(backups, 'neo4j-backup');

      // Back up: stop, copy, start.
      await neo4j.stop();
      shell('cp', '-a', settings.dataDir, backup);
      neo4j = await startEmbeddedNeo4j(settings, testLogger);
      // Life goes on: an article is removed, and something is written that the backup does not have.
      await executor.runRaw('MATCH (a:Article) WITH a LIMIT 1 DETACH DELETE a');
      await executor.runRaw("CREATE (:Node:Person {id: 'person:after-the-backup', name: 'After The Backup'})");
      const changed = await graphLines(executor);

      // Restore: stop, put the copy back, start.
      await neo4j.stop();
      shell('rm', '-rf', settings.dataDir);
      shell('cp', '-a', backup, settings.dataDir);
      neo4j = await startEmbeddedNeo4j(settings, testLogger);
      const restored = await graphLines(executor);

      expect(lineDifference(atBackup.nodes, changed.nodes).onlyInFirst.length).toBeGreaterThan(0);
      expect(atBackup.nodes.length).toBeGreaterThan(20);
      expect(lineDifference(atBackup.nodes, restored.nodes)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
      expect(lineDifference(atBackup.relationships, restored.relationships)).toEqual({
        onlyInFirst: [],
        onlyInSecond: [],
      });
    },
  );
});
