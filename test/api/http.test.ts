import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
let url: string;

beforeAll(async () => {
  server = await startTestServer(db.executor);
  url = await server.listen();
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('HTTP endpoints', () => {
  it('when /health and /ready are asked, then both answer JSON saying the server can serve', async () => {
    const health = await fetch(`${url}/health`);
    const ready = await fetch(`${url}/ready`);

    expect(health.headers.get('content-type')).toContain('application/json');
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(await ready.json()).toEqual({ ready: true, neo4j: 'up', pendingMigrations: [] });
  });

  it('when GraphQL is POSTed as JSON, then it answers', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' }),
    });

    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('when the playground is opened, then the page and every script it loads come from this server', async () => {
    const page = await (await fetch(`${url}/playground/`)).text();
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);

    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      const response = await fetch(`${url}${asset}`);
      expect(response.status, asset).toBe(200);
    }
    const examples = (await (await fetch(`${url}/playground/examples.json`)).json()) as { query: string }[];
    expect(examples.length).toBeGreaterThan(0);
  });

  it('when a browser opens /graphql, then it is sent to the playground', async () => {
    const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/playground/');
  });

  it('when a request body is over 100 kB, then it is refused before GraphQL sees it', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ articles(first: 1) { totalCount } } # ${'x'.repeat(120_000)}` }),
    });

    expect(response.status).toBe(413);
  });
});
