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
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, third.pageInfo.hasNextPage]).toEqual([
      true,
      true,
      false,
    ]);
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
    const late = {
      source: `${outlet}-late.txt`,
      text: `${outlet} late\nEarliest of all.`,
      title: `${outlet} late`,
      outlet,
      date: '2019-12-31',
    };
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

describe('articles connection, every sort and direction', () => {
  const mixed = uniqueName('sorted-outlet');
  // Titles differing in case only where the sort must fold it, two articles on one day (the id breaks
  // the tie) and two undated ones (keyed '', so first oldest-first and last newest-first). Load times
  // whose text misorders them: Cypher writes 120 ms as `.12Z`, after `.123Z`, and a whole second or
  // minute with no fraction; two share a millisecond.
  const docs = [
    { title: 'banana report', date: '2021-03-02', loaded: '2001-02-03T04:05:06.12Z' },
    { title: 'Apple report', date: '2021-03-02', loaded: '2001-02-03T04:05:06.12Z' },
    { title: 'cherry report', date: null, loaded: '2001-02-03T04:05:06.123Z' },
    { title: 'apple Report two', date: '2020-07-14', loaded: '2001-02-03T04:05:07Z' },
    { title: 'Damson report', date: '2022-01-01', loaded: '2001-02-03T04:05:07.005Z' },
    { title: 'elder report', date: null, loaded: '2001-02-03T04:06:00Z' },
  ].map((d, i) => ({
    loaded: d.loaded,
    source: `${mixed}-${i}.txt`,
    text: `${mixed} ${d.title}\nBody ${i}.`,
    title: `${d.title} ${mixed}`,
    outlet: mixed,
    date: d.date,
  }));

  const LIST = `
    query List($outlet: String, $sort: ArticleSort, $direction: SortDirection, $first: Int, $after: String, $last: Int, $before: String) {
      articles(outlet: $outlet, sort: $sort, direction: $direction, first: $first, after: $after, last: $last, before: $before) {
        edges { node { title } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
  type ListPage = { edges: { node: { title: string } }[]; pageInfo: Page['pageInfo'] };

  async function list(variables: Record<string, unknown>): Promise<ListPage> {
    const result = await server.execute(LIST, { outlet: mixed, ...variables });
    expect(result.errors).toBeUndefined();
    return (result.data as { articles: ListPage }).articles;
  }

  async function walk(sort: string, direction: string, backward: boolean): Promise<string[]> {
    const titles: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: ListPage = await list(
        backward ? { sort, direction, last: 2, before: cursor } : { sort, direction, first: 2, after: cursor },
      );
      const pageTitles = page.edges.map((edge) => edge.node.title);
      titles.splice(backward ? 0 : titles.length, 0, ...pageTitles);
      if (!(backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage)) return titles;
      cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    }
    throw new Error('the walk did not end');
  }

  beforeAll(async () => {
    for (const doc of docs) await writeArticle(db.executor, graphRows(doc, bareExtraction(doc)));
    await db.executor.runRaw(
      'UNWIND $docs AS doc MATCH (a:Article {source: doc.source}) SET a.ingestedAt = datetime(doc.loaded)',
      { docs: docs.map(({ source, loaded }) => ({ source, loaded })) },
      'WRITE',
    );
  });

  it.each([
    ['TITLE', 'ASC'],
    ['TITLE', 'DESC'],
    ['PUBLISHED_AT', 'ASC'],
    ['PUBLISHED_AT', 'DESC'],
    ['INGESTED_AT', 'ASC'],
    ['INGESTED_AT', 'DESC'],
  ])(
    'when sorted by %s %s and walked forward and backward by 2, then both walks give every article once, in the documented order',
    async (sort, direction) => {
      const stored = await db.executor.runRaw(
        'MATCH (a:Article {outlet: $outlet}) RETURN a.id AS id, a.title AS title, toString(a.publishedAt) AS publishedAt, a.ingestedAt.epochMillis AS ingested',
        { outlet: mixed },
        'READ',
      );
      const key = (row: (typeof stored)[number]): string | number =>
        sort === 'TITLE'
          ? String(row.title).toLowerCase()
          : sort === 'PUBLISHED_AT'
            ? String(row.publishedAt ?? '')
            : Number(row.ingested);
      const ascending = [...stored].sort((a, b) =>
        key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : String(a.id) < String(b.id) ? -1 : 1,
      );
      const expected = (direction === 'ASC' ? ascending : ascending.reverse()).map((row) => String(row.title));

      expect(await walk(sort, direction, false)).toEqual(expected);
      expect(await walk(sort, direction, true)).toEqual(expected);
      if (sort === 'PUBLISHED_AT')
        expect(direction === 'ASC' ? expected.slice(0, 2) : expected.slice(-2)).toEqual(
          expect.arrayContaining([`cherry report ${mixed}`, `elder report ${mixed}`]),
        );
    },
  );
});
