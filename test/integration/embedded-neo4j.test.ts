import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../db/connect.js';
import { startEmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import type { Executor } from '../../db/executor.js';
import { loadConfig } from '../../runtime/config.js';
import { ErrorCode } from '../../runtime/errors.js';
import { testExecutor, testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';

// A launcher of this test's own: its log is read from the start, and its heap is small, so a greedy
// statement meets the memory caps quickly.
const settings = {
  ...loadConfig().embedded,
  dataDir: path.resolve(`.data/neo4j-launcher-test-${process.pid}`),
  heap: '384m',
  pageCache: '64m',
};
const cleanups: (() => Promise<unknown>)[] = [];
let executor: Executor;

beforeAll(async () => {
  rmSync(settings.dataDir, { recursive: true, force: true });
  const neo4j = await startEmbeddedNeo4j({ ...settings, boltPort: await freePort() }, testLogger);
  cleanups.push(() => neo4j.stop());
  const driver = createDriver(neo4j.uri);
  cleanups.push(() => driver.close());
  executor = testExecutor(driver);
}, 180_000);
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(settings.dataDir, { recursive: true, force: true });
});

describe('the embedded Neo4j', () => {
  it('when it starts, then it logs no degraded mode: its page cache and transaction logs have the JVM access they ask for', () => {
    const degraded = readFileSync(path.join(settings.dataDir, 'logs', 'debug.log'), 'utf8')
      .split('\n')
      .filter((line) => line.includes(' WARN ') && /fallback mode|Incorrect file descriptor/.test(line));

    expect(degraded).toEqual([]);
  });
});

/** Holds about `millions` × 8 bytes of list in one transaction. */
const greedy = (millions: number) =>
  executor.runRaw(
    'UNWIND range(1, $n) AS x WITH collect(x) AS xs RETURN size(xs) AS n',
    { n: millions * 1_000_000 },
    'READ',
  );

describe('memory of one transaction', () => {
  it(
    'when one statement needs more than a quarter of the heap, then it alone fails, as REQUEST_TOO_LARGE, and the next statements run',
    { timeout: 60_000 },
    async () => {
      const failure = await greedy(20).catch((error: unknown) => error);

      expect(failure).toMatchObject({ extensions: { code: ErrorCode.REQUEST_TOO_LARGE } });
      expect(await greedy(1)).toEqual([{ n: 1_000_000 }]);
    },
  );
});
