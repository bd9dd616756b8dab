import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
let dojId: string;
let articleId: string;

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  server = await startTestServer(db.executor);
  const found = await server.execute(
    '{ organization(name: "DOJ") { id } articles(first: 1, sort: TITLE) { edges { node { id } } } }',
  );
  dojId = (found.data as any).organization.id; // eslint-disable-line @typescript-eslint/no-explicit-any
  articleId = (found.data as any).articles.edges[0].node.id; // eslint-disable-line @typescript-eslint/no-explicit-any
});
afterAll(async () => {
  await server.close();
  await db.close();
});

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Each case: a query with the connection at `path`, taking $first/$after/$last/$before (and $id). */
const CONNECTIONS: [string, string, string[]][] = [
  ['articles', 'articles(first: $first, after: $after, last: $last, before: $before, sort: TITLE)', ['articles']],
  [
    'people by article count',
    'people(first: $first, after: $after, last: $last, before: $before, sort: ARTICLE_COUNT, direction: DESC)',
    ['people'],
  ],
  ['people by name', 'people(first: $first, after: $after, last: $last, before: $before)', ['people']],
  [
    'people by quote count',
    'people(first: $first, after: $after, last: $last, before: $before, sort: QUOTE_COUNT, direction: DESC)',
    ['people'],
  ],
  ['organizations', 'organizations(first: $first, after: $after, last: $last, before: $before)', ['organizations']],
  ['places', 'places(first: $first, after: $after, last: $last, before: $before)', ['places']],
  ['policies', 'policies(first: $first, after: $after, last: $last, before: $before)', ['policies']],
  ['quotes', 'quotes(first: $first, after: $after, last: $last, before: $before)', ['quotes']],
  [
    'statistics by value',
    'statistics(first: $first, after: $after, last: $last, before: $before, sort: VALUE, direction: DESC)',
    ['statistics'],
  ],
  [
    'DOJ articles',
    'organization(id: $id) { articles(first: $first, after: $after, last: $last, before: $before, sort: PUBLISHED_AT) }',
    ['organization', 'articles'],
  ],
  [
    'DOJ sub-organizations',
    'organization(id: $id) { subOrganizations(first: $first, after: $after, last: $last, before: $before) }',
    ['organization', 'subOrganizations'],
  ],
  [
    "an article's organizations",
    'article(id: $id) { organizations(first: $first, after: $after, last: $last, before: $before, sort: ARTICLE_COUNT) }',
    ['article', 'organizations'],
  ],
  [
    "an article's statistics",
    'article(id: $id) { statistics(first: $first, after: $after, last: $last, before: $before, sort: VALUE) }',
    ['article', 'statistics'],
  ],
];

/** The query for one case, and the variables it needs besides the page arguments. */
function pageQuery(field: string): { query: string; variables: Record<string, string> } {
  const selection =
    '{ totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }';
  const body = field.endsWith('}') ? `${field.slice(0, -2)} ${selection} }` : `${field} ${selection}`;
  const nested = field.includes('$id');
  const query = `query(${nested ? '$id: ID!, ' : ''}$first: Int, $after: String, $last: Int, $before: String) { ${body} }`;
  return { query, variables: nested ? { id: field.startsWith('organization') ? dojId : articleId } : {} };
}

async function fetchPage(field: string, path: string[], page: Record<string, unknown>): Promise<Page> {
  const { query, variables } = pageQuery(field);
  const result = await server.execute(query, { ...variables, ...page });
  expect(result.errors).toBeUndefined();
  return path.reduce((value: any, key) => value[key], result.data) as Page; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe.each(CONNECTIONS)('the %s connection', (_name, field, path) => {
  it('when paged forward by 2 and then backward by 2, then both walks give the full list, in order, with a stable total', async () => {
    // The whole list, by the largest pages: earlier test files may have stored more than one page.
    const all = await fetchPage(field, path, { first: 100 });
    const ids = all.edges.map((edge) => edge.node.id);
    for (let page = all; page.pageInfo.hasNextPage;) {
      page = await fetchPage(field, path, { first: 100, after: page.pageInfo.endCursor });
      ids.push(...page.edges.map((edge) => edge.node.id));
    }
    const pages = Math.ceil(ids.length / 2) + 1;

    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < pages; guard++) {
      const page = await fetchPage(field, path, { first: 2, after });
      expect(page.totalCount).toBe(all.totalCount);
      forward.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < pages; guard++) {
      const page = await fetchPage(field, path, { last: 2, before });
      backward.unshift(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }

    expect(all.totalCount).toBe(ids.length);
    expect(forward).toEqual(ids);
    expect(backward).toEqual(ids);
  });

  it('when given a cursor that is not ours, then the answer is BAD_USER_INPUT', async () => {
    const { query, variables } = pageQuery(field);
    const result = await server.execute(query, { ...variables, first: 2, after: 'bm90LWEtY3Vyc29y' });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('people read off an index', () => {
  // Every person's id in the list's order, by pages of 3: each cursor is taken up again.
  async function everyone(sort: string, direction: string, nameContains: string | null): Promise<string[]> {
    const QUERY = `query($after: String, $nameContains: String) {
      people(first: 3, after: $after, sort: ${sort}, direction: ${direction}, nameContains: $nameContains) {
        edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const ids: string[] = [];
    for (let after: string | null = null; ;) {
      const result = await server.execute(QUERY, { after, nameContains });
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo } = (result.data as { people: Page }).people;
      ids.push(...edges.map((edge) => edge.node.id));
      if (!pageInfo.hasNextPage) return ids;
      after = pageInfo.endCursor;
    }
  }

  it.each([
    ['NAME', 'ASC'],
    ['NAME', 'DESC'],
    ['QUOTE_COUNT', 'ASC'],
    ['QUOTE_COUNT', 'DESC'],
  ])(
    'when everyone is listed by %s %s, then the order is the one the filtered list sorts in full',
    async (sort, direction) => {
      // An empty name filter keeps everyone, but any filter sorts every person instead of reading an index.
      const sorted = await everyone(sort, direction, '');

      expect(sorted.length).toBeGreaterThan(3);
      expect(await everyone(sort, direction, null)).toEqual(sorted);
    },
  );
});

describe('connection totals', () => {
  it('when the sample corpus is loaded, then every list is non-empty', async () => {
    const result = await server.execute(
      '{ articles { totalCount } people { totalCount } organizations { totalCount } places { totalCount } policies { totalCount } quotes { totalCount } statistics { totalCount } }',
    );

    for (const [list, value] of Object.entries(result.data as Record<string, { totalCount: number }>))
      expect(value.totalCount, list).toBeGreaterThan(0);
  });
});

describe('citations', () => {
  it("when the 6,200 figure's citations are paged one by one, forward and backward, then both walks give both articles", async () => {
    const found = await server.execute('{ statistics(valueMin: 6200, valueMax: 6200) { edges { node { id } } } }');
    const id = (found.data as any).statistics.edges[0].node.id; // eslint-disable-line @typescript-eslint/no-explicit-any
    const QUERY = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
      statistic(id: $id) { citations(first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { node { article { title } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const citations = async (page: Record<string, unknown>) =>
      (await server.execute(QUERY, { id, ...page })).data as any; // eslint-disable-line @typescript-eslint/no-explicit-any

    const first = (await citations({ first: 1 })).statistic.citations;
    const second = (await citations({ first: 1, after: first.pageInfo.endCursor })).statistic.citations;
    const last = (await citations({ last: 1 })).statistic.citations;
    const beforeLast = (await citations({ last: 1, before: last.pageInfo.startCursor })).statistic.citations;

    expect(first.totalCount).toBe(2);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
    const forward = [...first.edges, ...second.edges].map(
      (edge: { node: { article: { title: string } } }) => edge.node.article.title,
    );
    const backward = [...beforeLast.edges, ...last.edges].map(
      (edge: { node: { article: { title: string } } }) => edge.node.article.title,
    );
    expect(forward).toHaveLength(2);
    expect(new Set(forward).size).toBe(2);
    expect(backward).toEqual(forward);
  });
});

describe('citation in one article', () => {
  it('when the 6,200 figure is asked for its citation in each article, then the citing ones give what its citations list and the others nothing', async () => {
    const CITATION =
      'article { id } source { ... on Organization { id } ... on Person { id } } evidence { start end sentence }';
    const found = await server.execute(`{
      statistics(valueMin: 6200, valueMax: 6200) { edges { node { id citations { edges { node { ${CITATION} } } } } } }
      articles(first: 10) { edges { node { id } } }
    }`);
    const data = found.data as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const figure = data.statistics.edges[0].node;
    const listed = new Map<string, unknown>(
      figure.citations.edges.map(({ node }: { node: { article: { id: string } } }) => [node.article.id, node]),
    );
    const articles: string[] = data.articles.edges.map(({ node }: { node: { id: string } }) => node.id);
    expect(articles.length).toBeGreaterThan(listed.size);

    for (const article of [...articles, dojId]) {
      const result = await server.execute(
        `query($id: ID!, $article: ID!) { statistic(id: $id) { citation(article: $article) { ${CITATION} } } }`,
        { id: figure.id, article },
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as any).statistic.citation).toEqual(listed.get(article) ?? null); // eslint-disable-line @typescript-eslint/no-explicit-any
    }
  });
});

describe('citation sources', () => {
  it("when a figure has reporters, then its citations name them, each one among the figure's reportedBy", async () => {
    const QUERY = `{ statistics(first: 100) { edges { node { id
      reportedBy { ... on Person { id } ... on Organization { id } ... on AnonymousSource { id } }
      citations(first: 10) { edges { node { source { ... on Person { id } ... on Organization { id } ... on AnonymousSource { id } } } } } } } } }`;
    type Figure = {
      id: string;
      reportedBy: { id: string }[];
      citations: { edges: { node: { source: { id: string } | null } }[] };
    };
    const figures = (
      (await server.execute(QUERY)).data as { statistics: { edges: { node: Figure }[] } }
    ).statistics.edges.map((edge) => edge.node);
    const reported = figures.filter((figure) => figure.reportedBy.length > 0);

    expect(reported.length).toBeGreaterThan(0);
    for (const figure of reported) {
      const sources = figure.citations.edges.map((edge) => edge.node.source?.id).filter((id) => id !== undefined);
      expect(sources.length, figure.id).toBeGreaterThan(0);
      expect(figure.reportedBy.map((reporter) => reporter.id)).toEqual(expect.arrayContaining(sources));
    }
  });
});
