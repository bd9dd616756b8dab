/** Fair sharing: per-client budgets for reads and for keyed mutations, through the real server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../runtime/config.js';
import { openTestDatabase } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
const KEYS = ['rate-test-key-a-41c7', 'rate-test-key-b-9e02', 'rate-test-key-warm-77d1'];
const server = await startTestServer(db.executor, {
  RATE_LIMIT: 'true',
  RATE_LIMIT_READS_PER_SECOND: '3',
  RATE_LIMIT_READ_BURST: '2',
  RATE_LIMIT_MUTATIONS_PER_SECOND: '2',
  RATE_LIMIT_MUTATION_BURST: '0',
  API_KEYS: KEYS.join(','),
});
let url: string;
beforeAll(async () => {
  url = await server.listen();
  // A first request compiles and plans what the others reuse, so the bursts below take well under a second.
  await send(READ, KEYS[2]);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const READ = '{ articles(first: 1) { totalCount } }';
const MUTATION = `mutation { deleteArticle(id: "${Buffer.from('Article:rate-limit-test-none').toString('base64url')}") }`;

interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function send(query: string, key?: string): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Answer['body'],
  };
}

/** `count` requests at once, as a client flooding the server sends them, and how long they took. */
async function burst(count: number, query: string, key?: string): Promise<Answer[] & { seconds: number }> {
  const started = Date.now();
  const answers = await Promise.all(Array.from({ length: count }, () => send(query, key)));
  return Object.assign(answers, { seconds: Math.ceil((Date.now() - started) / 1000) });
}

/**
 * How many of a burst were served: `allowance` (rate plus burst) when it all fits in one second, as it
 * does unless the machine is very loaded; each further second started lets `rate` more through.
 */
function servedWithin(answers: Answer[] & { seconds: number }, allowance: number, rate: number): boolean {
  const served = answers.filter((answer) => answer.status === 200).length;
  const refused = answers.filter((answer) => answer.status === 429).length;
  return (
    served + refused === answers.length &&
    served >= allowance &&
    served <= allowance + rate * (answers.seconds - 1) &&
    refused > 0
  );
}

describe('rate limits', () => {
  it('when the configuration is not given, then limits are on in production only', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).rateLimits.enabled).toBe(true);
    expect(loadConfig({}).rateLimits.enabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).rateLimits.enabled).toBe(false);
    expect(() => loadConfig({ RATE_LIMIT_READS_PER_SECOND: 'lots' })).toThrow(
      'RATE_LIMIT_READS_PER_SECOND: expected an integer from 1 to 1000000, got "lots"',
    );
  });

  it('when one client sends more reads than its rate and burst, then the surplus answers 429 with Retry-After and a RATE_LIMITED error naming the setting, and another client is still served', async () => {
    const flood = await burst(10, READ, KEYS[0]);
    const other = await send(READ, KEYS[1]);

    // 3 a second plus a burst of 2: five pass, the other five are refused before anything runs.
    expect(servedWithin(flood, 5, 3), JSON.stringify(flood.map((answer) => answer.status))).toBe(true);
    const refused = flood.find((answer) => answer.status === 429)!;
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors![0]!.message).toMatch(
      /^Too many requests from this client: at most 3 a second plus 2 more in any 10 seconds \(see RATE_LIMIT_READS_PER_SECOND\); retry in \d+ s\.$/,
    );
    expect(refused.body.errors![0]!.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: Number(refused.retryAfter),
    });
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });

  it('when a refused client waits as Retry-After says, then it is served again', { timeout: 30_000 }, async () => {
    // The same client as above (its burst is spent for 10 s): only the steady rate is left.
    const refused = (await burst(6, READ, KEYS[0])).find((answer) => answer.status === 429);
    expect(refused).toBeDefined();

    await new Promise((resolve) => setTimeout(resolve, Number(refused!.retryAfter) * 1000));
    const again = await send(READ, KEYS[0]);

    expect(again.status).toBe(200);
    expect(again.body.errors).toBeUndefined();
  });

  it('when a keyed client sends more mutations than their rate, then they are refused with 429 while its reads are still served', async () => {
    const key = KEYS[1];
    const mutations = await burst(4, MUTATION, key);
    const read = await send(READ, key);

    // Two a second, no burst: two run (and find nothing to delete), two are refused.
    expect(servedWithin(mutations, 2, 2), JSON.stringify(mutations.map((answer) => answer.status))).toBe(true);
    expect(
      new Set(
        mutations.filter((answer) => answer.status === 200).map((answer) => answer.body.errors?.[0]?.extensions?.code),
      ),
    ).toEqual(new Set(['NOT_FOUND']));
    const refused = mutations.find((answer) => answer.status === 429)!;
    expect(refused.body.errors![0]!.message).toContain('RATE_LIMIT_MUTATIONS_PER_SECOND');
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
  });

  it('when clients send no key, then they share the budget of their address', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const anonymous = await burst(8, READ);

    // Every request comes from 127.0.0.1: one budget of 3 a second plus 2.
    expect(servedWithin(anonymous, 5, 3), JSON.stringify(anonymous.map((answer) => answer.status))).toBe(true);
  });
});
