import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, waitForConnectivity } from '../../db/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import { migrate } from '../../db/migrate.js';
import { loadConfig } from '../../runtime/config.js';
import { testExecutor, testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';
import { startTestServer } from '../support/server.js';

// A Neo4j of this test's own, so stopping it does not disturb the other tests.
const settings = {
  ...loadConfig().embedded,
  dataDir: path.resolve(`.data/neo4j-readiness-test-${process.pid}`),
  boltPort: await freePort(),
  heap: '384m',
  pageCache: '64m',
};
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(settings.dataDir, { recursive: true, force: true });
});

async function ready(url: string): Promise<{ status: number; body: { ready: boolean } }> {
  const response = await fetch(`${url}/ready`);
  return { status: response.status, body: (await response.json()) as { ready: boolean } };
}

describe('/ready', () => {
  it(
    'when Neo4j stops, then /ready turns false; when it is back, then true again without a restart',
    { timeout: 240_000 },
    async () => {
      rmSync(settings.dataDir, { recursive: true, force: true });
      let neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j(settings, testLogger);
      const driver = createDriver(neo4j.uri);
      cleanups.push(() => driver.close());
      const executor = testExecutor(driver, 5_000);
      await migrate(executor, testLogger);
      const server = await startTestServer(executor);
      cleanups.push(() => server.close());
      const url = await server.listen();
      expect(await ready(url)).toEqual({ status: 200, body: expect.objectContaining({ ready: true }) });

      await neo4j.stop();
      const down = await ready(url);
      const health = await fetch(`${url}/health`);

      expect(down).toEqual({ status: 503, body: expect.objectContaining({ ready: false }) });
      expect(health.status).toBe(200);

      neo4j = await startEmbeddedNeo4j(settings, testLogger);
      cleanups.push(() => neo4j.stop());
      await waitForConnectivity(driver, 30_000);
      expect(await ready(url)).toEqual({ status: 200, body: expect.objectContaining({ ready: true }) });
    },
  );
});
