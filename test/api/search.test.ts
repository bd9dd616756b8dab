import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { graphRows } from '../../loaders/write/graph-rows.js';
import { writeArticle } from '../../loaders/write/write-articles.js';
import { fromGlobalId } from '../../resolvers/ids/global-id.js';
import { bareExtraction } from '../support/articles.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { uniqueWord } from '../support/quotes.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
const marker = uniqueWord('zq');
// Many articles that score exactly alike for one word: more than the index is first asked for.
const tied = uniqueWord('zt');
const TIED_ARTICLES = 60;
// A word, and a word a letter away from it: near misses of each other, neither a prefix of the other.
const spelled = uniqueWord('zn');
const misspelled = withLetter(spelled, 6);

/** `word` with its letter at `at` changed. */
function withLetter(word: string, at: number): string {
  return word.slice(0, at) + (word[at] === 'x' ? 'y' : 'x') + word.slice(at + 1);
}

const SEARCH = `
  query Search($query: String!, $kinds: [NodeKind!], $first: Int, $after: String, $last: Int, $before: String) {
    search(query: $query, kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        cursor score kind snippet
        node { id __typename ... on Person { name } ... on Article { title } }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

type Hit = {
  cursor: string;
  score: number;
  kind: string;
  snippet: string;
  node: { id: string; __typename: string; name?: string; title?: string };
};
type SearchPage = {
  totalCount: number;
  edges: Hit[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

async function search(variables: Record<string, unknown>): Promise<SearchPage> {
  const result = await server.execute(SEARCH, variables);
  expect(result.errors).toBeUndefined();
  return (result.data as { search: SearchPage }).search;
}

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  // An article whose title is full of HTML, to show the snippet escapes it.
  const title = `${marker} <script>alert("x")</script> & Sons`;
  const doc = {
    source: `${marker}.txt`,
    text: `${title}\nA body that says ${marker} again, between <b>tags</b>.`,
    title,
    outlet: 'Test Wire',
    date: '2021-01-01',
  };
  await writeArticle(db.executor, graphRows(doc, bareExtraction(doc)));
  for (let i = 0; i < TIED_ARTICLES; i++) {
    const twin = {
      source: `${tied}-${i}.txt`,
      text: `Twin report\nThe word ${tied} appears in report ${i}.`,
      title: 'Twin report',
      outlet: 'Test Wire',
      date: '2021-01-02',
    };
    await writeArticle(db.executor, graphRows(twin, bareExtraction(twin)));
  }
  for (const word of [spelled, misspelled]) {
    const doc = {
      source: `${word}.txt`,
      text: `Spelling report\nThe word ${word} appears here.`,
      title: 'Spelling report',
    };
    await writeArticle(db.executor, graphRows(doc, bareExtraction(doc)));
  }
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('search', () => {
  it('when searching for the start of a name ("sess"), then Jeff Sessions is the first hit, with the match marked', async () => {
    const page = await search({ query: 'sess' });

    const first = page.edges[0]!;
    expect(first.kind).toBe('PERSON');
    expect(first.node).toMatchObject({ __typename: 'Person', name: 'Jeff Sessions' });
    expect(first.snippet).toContain('<mark>Sessions</mark>');
    expect(first.score).toBeGreaterThan(0);
  });

  it('when the query has another case and a typo ("SESIONS"), then Jeff Sessions is still first', async () => {
    const page = await search({ query: 'SESIONS' });

    expect(page.edges[0]?.node.name).toBe('Jeff Sessions');
  });

  it('when the words as typed match, then words a typo away are not searched; when they match nothing, then they are', async () => {
    const marked = (page: SearchPage) => page.edges.map((hit) => /<mark>(.*?)<\/mark>/.exec(hit.snippet)?.[1]).sort();

    const exact = await search({ query: spelled, first: 10 });
    expect(marked(exact)).toEqual([spelled]);
    expect(exact.totalCount).toBe(1);

    // A letter away from the one and two from the other: the words as typed find nothing.
    const typo = await search({ query: withLetter(spelled, 3), first: 10 });
    expect(marked(typo)).toEqual([spelled, misspelled].sort());
    expect(typo.totalCount).toBe(2);
    // Backward, the whole ranking is read: the same choice is made.
    expect(marked(await search({ query: withLetter(spelled, 3), last: 10 }))).toEqual(marked(typo));
    expect(marked(await search({ query: spelled, last: 10 }))).toEqual([spelled]);
  });

  it('when kinds are given, then only hits of those kinds come back', async () => {
    const page = await search({ query: 'immigration', kinds: ['ARTICLE'], first: 50 });

    expect(page.edges.length).toBeGreaterThan(0);
    expect(new Set(page.edges.map((hit) => hit.kind))).toEqual(new Set(['ARTICLE']));
    expect(page.totalCount).toBe(page.edges.length);
  });

  it('when paging one hit at a time, then the pages give the same hits in the same order as one big page', async () => {
    const all = await search({ query: 'immigration', first: 100 });
    const paged: Hit[] = [];
    let after: string | null = null;
    for (let i = 0; i < all.edges.length + 1; i++) {
      const page = await search({ query: 'immigration', first: 1, after });
      paged.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }

    expect(paged.map((hit) => hit.node.id)).toEqual(all.edges.map((hit) => hit.node.id));
    expect(all.totalCount).toBe(all.edges.length);
    const scores = all.edges.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('when more hits tie on score than the index is first asked for, then paging gives each once, by id, and hasNextPage ends it', async () => {
    const paged: Hit[] = [];
    let after: string | null = null;
    for (let pages = 0; pages <= TIED_ARTICLES; pages++) {
      const page = await search({ query: tied, first: 1, after });
      paged.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }

    const ids = paged.map((hit) => fromGlobalId(hit.node.id).id);
    expect(ids.length).toBe(TIED_ARTICLES);
    expect(new Set(paged.map((hit) => hit.score)).size).toBe(1);
    expect(ids).toEqual([...ids].sort());
    expect((await search({ query: tied, first: 1 })).totalCount).toBe(TIED_ARTICLES);
  });

  it('when tied hits are paged backward from the end, then the walk gives every hit once, in the forward order, and hasPreviousPage ends it', async () => {
    const forward = (await search({ query: tied, first: TIED_ARTICLES })).edges.map((hit) => hit.node.id);
    const backward: string[] = [];
    let before: string | null = null;
    for (let pages = 0; pages <= TIED_ARTICLES; pages++) {
      const page = await search({ query: tied, last: 7, before });
      backward.unshift(...page.edges.map((hit) => hit.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }

    expect(backward).toEqual(forward);
    const middle = await search({
      query: tied,
      first: 5,
      after: (await search({ query: tied, first: 10 })).pageInfo.endCursor,
    });
    const back = await search({ query: tied, last: 10, before: middle.pageInfo.startCursor });
    expect(back.edges.map((hit) => hit.node.id)).toEqual(forward.slice(0, 10));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('when an organization matches on an alias, then its snippet lists the aliases apart, not run together', async () => {
    const page = await search({ query: 'ICE', kinds: ['ORGANIZATION'], first: 1 });

    expect(page.edges[0]?.node.id).toBeDefined();
    expect(page.edges[0]?.snippet).toMatch(/called .*; .*<mark>ICE<\/mark>/);
  });

  it("when a hit's text holds HTML, then the snippet escapes it and only <mark> tags are markup", async () => {
    const page = await search({ query: marker });

    const snippet = page.edges[0]!.snippet;
    expect(snippet).toContain(`<mark>${marker}</mark>`);
    expect(snippet).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('when a hit matches deep in a long text, then the snippet is about 160 characters around the match', async () => {
    const page = await search({ query: 'expeditious', kinds: ['ARTICLE'] });

    const snippet = page.edges[0]!.snippet;
    expect(snippet).toContain('<mark>expeditious</mark>');
    expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(165);
    expect(snippet.startsWith('…')).toBe(true);
  });

  it('when the query is Lucene syntax, then it is searched as words, not run as a query', async () => {
    const result = await server.execute(SEARCH, { query: 'sess* OR title:(" AND [' });

    expect(result.errors).toBeUndefined();
  });

  it.each(['', '   ', '*** ???'])('when the query is %j, then the error is BAD_USER_INPUT', async (query) => {
    const result = await server.execute(SEARCH, { query });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when the cursor is not one of ours, then the error is BAD_USER_INPUT naming `after`', async () => {
    const result = await server.execute(SEARCH, { query: 'sess', after: 'bogus' });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('`after`');
  });
});

describe('search cursors', () => {
  it('when a cursor from one search is used with another query, then it is refused as BAD_USER_INPUT', async () => {
    const first = await search({ query: 'immigration', first: 1 });

    const other = await server.execute(SEARCH, { query: 'border', first: 1, after: first.pageInfo.endCursor });

    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
