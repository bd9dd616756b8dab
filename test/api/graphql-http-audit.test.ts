/**
 * GraphQL-over-HTTP conformance: the `graphql-http` package's server audits against the real server.
 * The audits send plain requests, with no preflight header: what any client sends.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
let url: string;
const results: AuditResult[] = [];

beforeAll(async () => {
  server = await startTestServer(db.executor);
  url = `${await server.listen()}/graphql`;
  for (const audit of serverAudits({ url: () => url, fetchFn: fetch })) results.push(await audit.fn());
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('when every audit has run, then every MUST passes, and the counts are recorded', () => {
    const count = (status: string) => results.filter((result) => result.status === status).length;
    const summary = {
      total: results.length,
      ok: count('ok'),
      warn: count('warn'),
      notice: count('notice'),
      error: count('error'),
    };
    console.info(`graphql-http audits: ${JSON.stringify(summary)}`);
    for (const result of results)
      if (result.status !== 'ok') console.info(`  ${result.status}: ${result.name} — ${result.reason}`);

    const failedMusts = results
      .filter((result) => result.name.startsWith('MUST') && result.status !== 'ok')
      .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failedMusts).toEqual([]);
    expect(summary.error).toBe(0);
    expect(summary.total).toBeGreaterThanOrEqual(60);
  });
});
