/**
 * A front end in development: a page served on another port of localhost reads the API from Chromium
 * (a real CORS preflight, a real browser's fetch). In production, a page from an origin not listed in
 * CORS_ORIGINS cannot read it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, launchChromium, type TestBrowser } from '../support/chromium.js';
import { openTestDatabase } from '../support/database.js';
import { startTestServer } from '../support/server.js';

type Answer = { post?: unknown; get?: unknown; failed?: string };

describe.skipIf(browserMissing)('a page on another origin, in Chromium', () => {
  const db = openTestDatabase();
  let development: Awaited<ReturnType<typeof startTestServer>>;
  let production: Awaited<ReturnType<typeof startTestServer>>;
  let api: { development: string; production: string };
  let pages: Server;
  let pageUrl: string;
  let browser: TestBrowser;

  beforeAll(async () => {
    development = await startTestServer(db.executor);
    production = await startTestServer(db.executor, {
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://app.example.org',
    });
    api = { development: `${await development.listen()}/graphql`, production: `${await production.listen()}/graphql` };
    // The front end's own dev server, as Vite would be on :5173: another port, so another origin.
    pages = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>front end</title><p>front end'),
    );
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://localhost:${(pages.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (pages ? pages.close(resolve) : resolve(undefined)));
    await development?.close();
    await production?.close();
    await db.close();
  });

  /** What the page's own script gets from the API: a JSON POST (preflighted) and a GET. */
  async function readFromPage(endpoint: string): Promise<Answer> {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(pageUrl);
    return page.evaluate(async (url): Promise<Answer> => {
      try {
        const post = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ stats { id } }' }),
        });
        const get = await fetch(`${url}?query=${encodeURIComponent('{ stats { id } }')}`);
        return { post: await post.json(), get: await get.json() };
      } catch (error) {
        return { failed: String(error) };
      }
    }, endpoint);
  }

  it('when the API runs in development, then a page on localhost at another port reads it with POST and GET', async () => {
    const answer = await readFromPage(api.development);

    expect(new URL(pageUrl).origin).not.toBe(new URL(api.development).origin);
    expect(answer).toEqual({ post: { data: { stats: { id: 'stats' } } }, get: { data: { stats: { id: 'stats' } } } });
  });

  it("when the API runs in production and the page's origin is not in CORS_ORIGINS, then the browser refuses to let it read the answer", async () => {
    const answer = await readFromPage(api.production);

    expect(answer.failed).toMatch(/Failed to fetch/);
  });
});
