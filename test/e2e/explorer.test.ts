/**
 * The analyst explorer in a real browser (Debian's Chromium driven by playwright-core) against the real
 * server with the sample corpus loaded. Saves a screenshot of each view into docs/screenshots/
 * (when missing, or with UPDATE_SCREENSHOTS=1).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../loaders/ingest.js';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { mayorArticle, uniqueName, uniqueSurname } from '../support/articles.js';
import { browserMissing, launchChromium, type TestBrowser } from '../support/chromium.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const SCREENSHOTS = path.resolve('docs/screenshots');

describe.skipIf(browserMissing)('analyst explorer in Chromium', () => {
  const db = openTestDatabase();
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let url: string;
  let browser: TestBrowser;
  let page: Page;
  const failures: string[] = [];

  beforeAll(async () => {
    await ingestSampleCorpus(db.executor, testLogger);
    server = await startTestServer(db.executor);
    url = await server.listen();
    browser = await launchChromium({ viewport: { width: 1280, height: 860 } });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on(
      'console',
      (message) =>
        ['error', 'warning'].includes(message.type()) &&
        !message.text().startsWith('Failed to load resource') &&
        failures.push(`console ${message.type()}: ${message.text()}`),
    );
    page.on('response', async (response) => {
      if (response.status() >= 400)
        failures.push(
          `${response.status()} ${response.url()} ${response.request().postData() ?? ''} → ${(await response.text().catch(() => '')).slice(0, 300)}`,
        );
    });
    // Everything the page loads comes from this server: no CDN, no other host.
    page.on(
      'request',
      (request) =>
        !request.url().startsWith(url) &&
        !request.url().startsWith('data:') &&
        failures.push(`request elsewhere: ${request.url()}`),
    );
  });
  beforeEach(() => {
    failures.length = 0;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db.close();
  });

  // Committed screenshots are only rewritten on request (UPDATE_SCREENSHOTS=1) or when missing, so a
  // test run does not leave the working tree dirty.
  const shot = async (name: string) => {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(file)) await page.screenshot({ path: file });
  };

  it('when / is opened, then the explorer home page lists what the graph holds, and "Most quoted" only speakers with quotes, organizations too', async () => {
    await page.goto(`${url}/`);
    expect(new URL(page.url()).pathname).toBe('/explorer/');
    await expect.poll(() => page.locator('main h1').textContent()).toContain('Who said what');
    await page.locator('.stats li').first().waitFor();
    const quoted = await page.locator('section[aria-labelledby="quoted-heading"] li').allTextContents();
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((line) => / 0 quotes$| 1 quotes$/.test(line))).toEqual([]);
    expect(
      await page.locator('section[aria-labelledby="quoted-heading"] a[href*="organization"]').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).not.toMatch(/\b1 articles\b/);
    expect(failures).toEqual([]);
  });

  it('when an article is loaded while the home page is open, then it appears under "Just loaded" without a reload', async () => {
    await page.goto(`${url}/explorer/#/`);
    await page.getByRole('heading', { name: 'Just loaded' }).waitFor();
    await page.waitForTimeout(500);
    const title = `Live ${uniqueName('arrival')}`;

    await ingestDocument(db.executor, {
      source: `${uniqueName('live-e2e')}.txt`,
      title,
      text: `${title}\n\nThe city council met on Monday to discuss the budget.`,
    });

    await page.locator('.live li a', { hasText: title }).waitFor({ timeout: 15_000 });
    expect(failures).toEqual([]);
  });

  it('when "Sessions" is typed in the search box, then he is suggested, and Enter opens his page with his four quotes', async () => {
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Sessions');
    const suggestion = page.getByRole('option').filter({ hasText: 'Jeff Sessions' }).first();
    await suggestion.waitFor();
    await shot('explorer-search');
    await search.press('ArrowDown');
    await expect.poll(() => page.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');

    await expect.poll(() => page.locator('main h1').textContent()).toBe('Jeff Sessions');
    expect(page.url()).toContain('#/person/');
    const quotes = page.locator('section.quotes').first().locator('li.quote');
    await expect.poll(() => quotes.count()).toBe(4);
    expect(await quotes.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('This is a new era. This is the Trump era')]),
    );
    expect(await page.locator('.entity-page').textContent()).toContain('U.S. Department of Justice');
    await page.locator('.graph-canvas canvas').first().waitFor();
    await expect.poll(() => page.locator('.graph-list summary').textContent()).toMatch(/The \d+ nodes/);
    // The graph's colours are explained; quotes are listed newest first (by their article's date).
    expect(await page.locator('.graph-legend li').allTextContents()).toEqual(
      expect.arrayContaining(['person', 'organization']),
    );
    await page.waitForTimeout(300);
    await shot('explorer-person');
    expect(failures).toEqual([]);
  });

  it('when one of his quotes is opened, then the article view shows it highlighted in the text', async () => {
    const quote = page.locator('li.quote').filter({ hasText: 'This is a new era' }).first();
    const quoteId = await quote.getAttribute('data-quote-id');
    await quote.locator('a.article-link').first().click();

    await expect
      .poll(() => page.locator('main h1').textContent())
      .toBe('Sessions Directs Prosecutors to Focus on Immigration Crimes');
    const marked = page.locator(`mark.hl-quote.is-target[data-quote-id="${quoteId}"]`);
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    expect((await marked.allTextContents()).join('')).toContain('This is a new era. This is the Trump era');
    expect(await marked.first().isVisible()).toBe(true);
    // Other knowledge in place: mentions linked to their pages, and the speaker after each quote.
    expect(await page.locator('.article-text a.hl-mention').count()).toBeGreaterThan(0);
    expect(
      await page.locator('.article-text .speaker-tag a').filter({ hasText: 'Jeff Sessions' }).count(),
    ).toBeGreaterThan(0);
    // The speaker tag follows the closing quotation mark, outside the quotation.
    const tagged = await page
      .locator('.article-text')
      .evaluate((body) =>
        Array.from(body.querySelectorAll('.speaker-tag')).map((tag) => tag.previousSibling?.textContent ?? ''),
      );
    expect(tagged.filter((before) => /[”"]$/.test(before)).length).toBeGreaterThan(0);
    await shot('explorer-article');
    expect(failures).toEqual([]);
  });

  it('when the 6,200 figure is opened, then both citing articles are listed, and no one-bar chart is drawn (one undated value, nothing to compare)', async () => {
    const { data } = await server.execute('{ statistics(valueMin: 6200, valueMax: 6200) { edges { node { id } } } }');
    const id = (data as { statistics: { edges: { node: { id: string } }[] } }).statistics.edges[0]!.node.id;
    await page.goto(`${url}/explorer/#/figure/${encodeURIComponent(id)}`);

    await expect.poll(() => page.locator('main h1').textContent()).toContain('6,200');
    const citing = page.locator('.citation-list.citing > li');
    await expect.poll(() => citing.count()).toBe(2);
    expect(await citing.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Trump Admin Sets New Record For Illegal Alien Prosecutions')]),
    );
    expect(await page.locator('svg.chart').count()).toBe(0);
    expect(await page.locator('section[aria-labelledby="chart-heading"]').textContent()).toContain('nothing to chart');
    await shot('explorer-figure');
    expect(failures).toEqual([]);
  });

  it('when two entities are picked, then the connection between them is shown as steps', async () => {
    await page.goto(`${url}/explorer/#/connect`);
    await page.getByRole('combobox', { name: 'From' }).fill('Fahey');
    await page.getByRole('option').filter({ hasText: 'Fahey' }).first().click();
    await page.getByRole('combobox', { name: 'To' }).fill('Sessions');
    await page.getByRole('option').filter({ hasText: 'Jeff Sessions' }).first().click();

    await page.locator('.path').first().waitFor();
    expect(await page.locator('.path-text').first().textContent()).toMatch(/Fahey.*Sessions/s);
    await shot('explorer-connection');
    expect(failures).toEqual([]);
  });

  it('when someone types in the search box while the next page is drawn, then the focus and suggestions stay there', async () => {
    await page.goto(`${url}/explorer/#/connect`);
    await page.getByRole('heading', { name: 'How are these connected?' }).waitFor();
    // The home page's data is held back, so the typing surely comes before the page is drawn.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`${url}/graphql`, async (route) => {
      if (route.request().postData()?.includes('ExplorerHome')) await held;
      await route.continue();
    });
    await page.evaluate(() => (location.hash = '#/'));
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Sessions');
    await page.getByRole('option').filter({ hasText: 'Jeff Sessions' }).first().waitFor();
    release();
    await expect.poll(() => page.locator('main h1').textContent()).toContain('Who said what');
    await page.unroute(`${url}/graphql`);

    expect(await search.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await page.getByRole('option').filter({ hasText: 'Jeff Sessions' }).count()).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('when a quote is carried by more articles than its entry lists, then the entry says how many more', async () => {
    const surname = uniqueSurname();
    for (let copy = 1; copy <= 12; copy++)
      await ingestDocument(db.executor, {
        source: `${uniqueName('wire-e2e')}.txt`,
        text: mayorArticle(surname).replace('Pledges', `Pledges (${copy})`),
      });
    const found = await server.execute('query($name: String!) { person(name: $name) { id } }', { name: surname });
    const id = (found.data as { person: { id: string } }).person.id;

    await page.goto(`${url}/explorer/#/person/${encodeURIComponent(id)}`);
    const quote = page.locator('li.quote').first();
    await quote.waitFor();

    expect(await quote.locator('figure.evidence').count()).toBe(10);
    expect(await quote.locator('.more-articles').textContent()).toBe('and 2 more articles');
    expect(failures).toEqual([]);
  });

  it('when the page is 390 px wide, then it still reads without scrolling sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/explorer/#/`);
    await page.getByRole('combobox', { name: 'Search' }).fill('Sessions');
    await page.getByRole('option').filter({ hasText: 'Jeff Sessions' }).first().click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Jeff Sessions');
    await page.locator('li.quote').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('explorer-person-mobile');
    expect(failures).toEqual([]);
  });
});
