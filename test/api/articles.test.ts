import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database.js';
import { graphRows } from '../../loaders/write/graph-rows.js';
import { writeArticle } from '../../loaders/write/write-articles.js';
import { bareExtraction, uniqueName, writeBareArticles } from '../support/articles.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
const outlet = uniqueName('pagination-outlet');
let server: Awaited<ReturnType<typeof startTestServer>>;

const PAGE = `
  query Page($outlet: String, $first: Int, $after: String, $last: Int, $before: String) {
    articles(outlet: $outlet, first: $first, after: $after, last: $last, before: $before, sort: PUBLISHED_AT) {
      totalCount
      edges { cursor node { id title publishedAt outlet } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

type Page = {
  totalCount: number;
  edges: { cursor: string; node: { id: string; title: string; publishedAt: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
};

async function page(variables: Record<string, unknown>): Promise<Page> {
  const result = await server.execute(PAGE, { outlet, ...variables });
  expect(result.errors).toBeUndefined();
  return (result.data as { articles: Page }).articles;
}

beforeAll(async () => {
  await writeBareArticles(db.executor, outlet, 7);
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('articles connection', () => {
  it('when paging forward by 3, then every article comes once, in date order, with a stable total', async () => {
    const first = await page({ first: 3 });
    const second = await page({ first: 3, after: first.pageInfo.endCursor });
    const third = await page({ first: 3, after: second.pageInfo.endCursor });

    const titles = [...first.edges, ...second.edges, ...third.edges].map((edge) => edge.node.title);
    expect(titles).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `${outlet} article ${i}`));
    expect([first.totalCount, second.totalCount, third.totalCount]).toEqual([7, 7, 7]);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, third.pageInfo.hasNextPage]).toEqual([true, true, false]);
    expect(first.pageInfo.hasPreviousPage).toBe(false);
  });

  it('when paging backward by 3 from the end, then the pages mirror the forward ones', async () => {
    const last = await page({ last: 3 });
    const before = await page({ last: 3, before: last.pageInfo.startCursor });

    expect(last.edges.map((edge) => edge.node.publishedAt)).toEqual(['2020-01-05', '2020-01-06', '2020-01-07']);
    expect(before.edges.map((edge) => edge.node.publishedAt)).toEqual(['2020-01-02', '2020-01-03', '2020-01-04']);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    expect(before.pageInfo.hasNextPage).toBe(true);
  });

  it('when an article is added before the cursor between two page requests, then the next page is unchanged', async () => {
    const first = await page({ first: 2 });
    const expected = await page({ first: 2, after: first.pageInfo.endCursor });
    await writeBareArticles(db.executor, `${outlet}-other`, 1); // another outlet: filtered out, but…
    const late = { source: `${outlet}-late.txt`, text: `${outlet} late\nEarliest of all.`, title: `${outlet} late`, outlet, date: '2019-12-31' };
    await writeArticle(db.executor, graphRows(late, bareExtraction(late)));

    const again = await page({ first: 2, after: first.pageInfo.endCursor });

    expect(again.edges.map((edge) => edge.node.title)).toEqual(expected.edges.map((edge) => edge.node.title));
    expect(again.totalCount).toBe(8);
  });

  it('when a cursor is not one of ours, then the error is BAD_USER_INPUT naming the argument', async () => {
    const result = await server.execute(PAGE, { outlet, first: 2, after: 'not-a-cursor' });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('`after`');
  });

  it('when cursors are read, then they are opaque strings, not offsets', async () => {
    const first = await page({ first: 2 });

    for (const edge of first.edges) expect(edge.cursor).not.toMatch(/^\d+$/);
  });

  it('when totalCount is not selected, then no count statement runs', async () => {
    const withCount = await server.execute(PAGE, { outlet, first: 2 });
    const withoutCount = await server.execute(`query { articles(first: 2) { edges { node { id } } } }`);

    expect(withCount.roundTrips).toBe(2);
    expect(withoutCount.roundTrips).toBe(1);
  });
});
