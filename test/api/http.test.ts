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
    expect(
      ((await response.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount,
    ).toBeGreaterThanOrEqual(0);
  });

  it('when the playground is opened, then the page and every script it loads come from this server', async () => {
    const page = await (await fetch(`${url}/playground/`)).text();
    // An empty `data:` icon keeps browsers from asking for /favicon.ico (a 404 in the console).
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((match) => match[1]!)
      .filter((asset) => asset !== 'data:,');

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

describe('HTTP errors and browsers', () => {
  const graphqlError = async (response: Response) => {
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: JSON.parse(text) as unknown,
      text,
    };
  };

  it('when the body is not valid JSON, then the answer is 400 with a GraphQL-shaped error and no stack trace', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ stats { articles } }"',
    });
    const { status, type, body, text } = await graphqlError(response);

    expect(status).toBe(400);
    expect(type).toContain('application/json');
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^The request body is not valid JSON \(.+\)\.$/),
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    expect(text).not.toMatch(/\s+at \S+ \(|node_modules|<html/i);
  });

  it('when the body is over the size limit, then the answer is 413 with a GraphQL-shaped error naming the limit and its variable', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { articles } } # ${'x'.repeat(120_000)}` }),
    });
    const { status, body, text } = await graphqlError(response);

    expect(status).toBe(413);
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            /^The request body is \d+ bytes, over the limit of 100 kB \(set by HTTP_MAX_BODY_KB\)\.$/,
          ),
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    expect(text).not.toMatch(/node_modules|<html/i);
  });

  it("when a query comes as a GET with no extra header (urql's and Relay's default), then it is answered", async () => {
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent('{ stats { __typename } }')}`, {
      headers: { accept: 'application/graphql-response+json, application/json' },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { stats: { __typename: 'Stats' } } });
  });

  it('when a page on localhost, any port, asks in development, then the preflight allows it; a page elsewhere gets no CORS headers', async () => {
    const preflight = (origin: string) =>
      fetch(`${url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });

    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080', 'http://localhost']) {
      const response = await preflight(origin);
      expect(response.status, origin).toBe(204);
      expect(response.headers.get('access-control-allow-origin'), origin).toBe(origin);
      expect(response.headers.get('access-control-allow-headers'), origin).toBe('content-type');
    }
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
    expect(
      (await preflight('http://localhost.evil.example.com')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });
});
