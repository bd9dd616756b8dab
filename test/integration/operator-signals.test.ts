/**
 * What an operator sees: a warn line for each DATABASE_BUSY and REQUEST_TOO_LARGE (with the operation and
 * its cost, and the setting to look at), and the Prometheus series at /metrics. The memory errors are
 * Neo4j's own, on a Neo4j of this test's own with small pools: 3 MB for one transaction, 10 MB (the least
 * Neo4j accepts) for all.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Driver, Session, Transaction } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../db/connect.js';
import { startEmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import { Executor } from '../../db/executor.js';
import { migrate } from '../../db/migrate.js';
import { loadStatements } from '../../db/statements.js';
import { SAMPLE_CORPUS_DIR } from '../../loaders/ingest-sample-corpus.js';
import { loadConfig } from '../../runtime/config.js';
import { createApp } from '../../server/create-app.js';
import { testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';

const settings = {
  ...loadConfig({}).embedded,
  dataDir: path.resolve(`.data/neo4j-signals-test-${process.pid}`),
  heap: '384m',
  pageCache: '64m',
  transactionMemory: '3m',
  transactionTotalMemory: '10m',
};
const KEY = 'signals-test-key-0d9e3b';
const cleanups: (() => Promise<unknown>)[] = [];
const lines: Record<string, unknown>[] = [];
let driver: Driver;
let url: string;

beforeAll(async () => {
  rmSync(settings.dataDir, { recursive: true, force: true });
  const neo4j = await startEmbeddedNeo4j({ ...settings, boltPort: await freePort() }, testLogger);
  cleanups.push(() => neo4j.stop());
  driver = createDriver(neo4j.uri);
  cleanups.push(() => driver.close());
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'warn' }, sink);
  const executor = new Executor(driver, {
    database: undefined,
    timeoutMs: 30_000,
    logger,
    statements: loadStatements(),
  });
  await migrate(executor, testLogger);
  const { app, stop } = await createApp(
    loadConfig({ NODE_ENV: 'test', API_KEYS: KEY, HTTP_MAX_BODY_KB: '10240', NEO4J_RETRY_TIME_MS: '1000' }),
    executor,
    logger,
  );
  cleanups.push(() => stop());
  const http: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => http.once('listening', resolve));
  cleanups.push(() => new Promise((resolve) => http.close(resolve)));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}, 180_000);
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(settings.dataDir, { recursive: true, force: true });
});

const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome } }';
const sampleText = readFileSync(path.join(SAMPLE_CORPUS_DIR, '000_f43147745e656d34.txt'), 'utf8');

async function graphql(operationName: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': KEY },
    body: JSON.stringify({
      query: query.replace(/^(query|mutation)/, `$1 ${operationName}`),
      operationName,
      variables,
    }),
  });
  return (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function metrics(): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one series in Prometheus text, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/**
 * Transactions left open, each holding about 2 MB of Neo4j's memory for transactions until released:
 * `count` of them, then (`fill()`) as many more as fit, until the pool for all transactions is used up.
 */
async function holdMemory(count: number) {
  const held: { session: Session; tx: Transaction }[] = [];
  const hold = async (): Promise<boolean> => {
    const session = driver.session();
    const tx = session.beginTransaction();
    try {
      await tx.run('CREATE (:MemoryHolder {blob: $blob})', { blob: 'x'.repeat(1_000_000) });
      held.push({ session, tx });
      return true;
    } catch (error) {
      if (!/MemoryPoolOutOfMemoryError/.test(String((error as { code?: string }).code))) throw error;
      await session.close();
      return false;
    }
  };
  for (let i = 0; i < count; i++) expect(await hold()).toBe(true);
  return {
    async fill() {
      for (let i = 0; i < 20 && (await hold()); i++);
    },
    async release() {
      for (const { session, tx } of held) {
        await tx.rollback();
        await session.close();
      }
    },
  };
}

describe('signals for operators', () => {
  it(
    'when an operation needs more than one transaction may hold, then it answers REQUEST_TOO_LARGE and a warn line names the operation, its cost and NEO4J_TX_MEMORY',
    { timeout: 120_000 },
    async () => {
      // Just under the API's largest article (1,000,000 characters), and several MB inside Neo4j.
      const text = `A very long report\n\n${'The river rose again on Tuesday and the town council met to discuss it. '.repeat(13_500)}`;

      const body = await graphql('IngestHugeReport', INGEST, { input: { text, source: 'signals-test-huge' } });

      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['REQUEST_TOO_LARGE']);
      const warned = lines.filter((line) => line.code === 'REQUEST_TOO_LARGE');
      expect(warned).toHaveLength(1);
      expect(warned[0]).toMatchObject({
        level: 40,
        operation: 'IngestHugeReport',
        setting: 'NEO4J_TX_MEMORY',
        cost: expect.any(Number),
      });
      expect(warned[0]!.cost).toBeGreaterThan(0);
    },
  );

  it(
    'when Neo4j\u2019s memory for transactions is held by others, then an operation answers DATABASE_BUSY and a warn line names it, its cost and NEO4J_HEAP; /metrics shows the memory held',
    { timeout: 120_000 },
    async () => {
      const holders = await holdMemory(4);
      let during: string;
      let body: Awaited<ReturnType<typeof graphql>>;
      try {
        during = await metrics();
        await holders.fill();
        body = await graphql('IngestWhileBusy', INGEST, { input: { text: sampleText, source: 'signals-test-busy' } });
      } finally {
        await holders.release();
      }
      const after = await graphql('IngestWhenFree', INGEST, {
        input: { text: sampleText, source: 'signals-test-free' },
      });

      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['DATABASE_BUSY']);
      const warned = lines.filter((line) => line.code === 'DATABASE_BUSY');
      expect(warned).toHaveLength(1);
      expect(warned[0]).toMatchObject({
        level: 40,
        operation: 'IngestWhileBusy',
        setting: 'NEO4J_HEAP',
        cost: expect.any(Number),
      });
      expect(sample(during, 'newsgraph_neo4j_transactions_open')).toBeGreaterThanOrEqual(4);
      expect(sample(during, 'newsgraph_neo4j_transaction_memory_bytes')).toBeGreaterThanOrEqual(4 * 1_000_000);
      expect(after).toEqual({ data: { ingestArticle: { outcome: 'NEW' } } });
    },
  );

  it('when /metrics is scraped, then it counts requests and latency by operation, errors by code and articles ingested, and says Neo4j is up', async () => {
    await graphql('CountArticles', 'query { articles(first: 1) { totalCount } }', {});

    const text = await metrics();

    expect(sample(text, 'newsgraph_graphql_requests_total{operation="CountArticles",type="query"}')).toBe(1);
    expect(sample(text, 'newsgraph_graphql_requests_total{operation="IngestHugeReport",type="mutation"}')).toBe(1);
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_count{operation="CountArticles"}')).toBe(1);
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_bucket{le="+Inf",operation="CountArticles"}')).toBe(
      1,
    );
    expect(sample(text, 'newsgraph_graphql_errors_total{code="REQUEST_TOO_LARGE"}')).toBe(1);
    expect(sample(text, 'newsgraph_graphql_errors_total{code="DATABASE_BUSY"}')).toBe(1);
    expect(sample(text, 'newsgraph_ingest_articles_total{outcome="new"}')).toBe(1);
    expect(sample(text, 'newsgraph_neo4j_up')).toBe(1);
    expect(sample(text, 'newsgraph_neo4j_sessions_open')).toBe(0);
    expect(sample(text, 'newsgraph_neo4j_transactions_open')).toBe(0);
    expect(text).toContain('process_resident_memory_bytes');
  });
});
