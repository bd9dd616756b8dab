import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import { loadConfig } from '../../runtime/config.js';
import { testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';

const dataDir = path.resolve(`.data/neo4j-launcher-test-${process.pid}`);
let neo4j: EmbeddedNeo4j;

beforeAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  neo4j = await startEmbeddedNeo4j(
    { ...loadConfig().embedded, dataDir, boltPort: await freePort(), heap: '256m', pageCache: '32m' },
    testLogger,
  );
}, 180_000);
afterAll(async () => {
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded Neo4j', () => {
  it('when it starts, then it logs no degraded mode: its page cache and transaction logs have the JVM access they ask for', () => {
    const warnings = readFileSync(path.join(dataDir, 'logs', 'debug.log'), 'utf8')
      .split('\n')
      .filter((line) => line.includes(' WARN '));

    expect(warnings.filter((line) => /fallback mode|Incorrect file descriptor/.test(line))).toEqual([]);
  });
});
