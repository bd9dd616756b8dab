/**
 * A speaker's quotes and claims by text are read through an index in that order
 * (quotes/list-quotes-of-speakers); the pages must be exactly the words' order, ignoring case, both ways,
 * with the full count, and must follow the speaker when merged into another. The counts are kept on the
 * speaker as quotes come and go (migration 0015), so they must match the lists after every kind of write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../db/migrate.js';
import { articleId } from '../../loaders/resolve/ids.js';
import { deleteArticle } from '../../loaders/write/delete-article.js';
import { openTestDatabase } from '../support/database.js';
import { uniqueWord, writeQuotes } from '../support/quotes.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
const [ana, ben] = [`Ana ${uniqueWord('Speaker')}`, `Ben ${uniqueWord('Speaker')}`];
const ANA_QUOTES = ['banana bread is fine', 'Apple pie wins', 'cherry on top', 'apple crumble next'];

const PAGE = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $direction: SortDirection) {
  node(id: $id) { ... on Person {
    quotes(first: $first, after: $after, last: $last, before: $before, direction: $direction) {
      totalCount edges { node { text } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
    claims(first: 10) { totalCount edges { node { text } } } } } }`;

type Page = {
  totalCount: number;
  edges: { node: { text: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

async function personId(name: string): Promise<string> {
  const result = await server.execute('query($name: String!) { person(name: $name) { id } }', { name });
  return (result.data as { person: { id: string } }).person.id;
}

async function page(id: string, variables: Record<string, unknown>) {
  const result = await server.execute(PAGE, { id, ...variables });
  expect(result.errors).toBeUndefined();
  return (result.data as { node: { quotes: Page; claims: Page } }).node;
}

/** Every quote's text, two by two, forward or backward, with the totals seen on the way. */
async function walk(
  id: string,
  direction: 'ASC' | 'DESC',
  backward: boolean,
): Promise<{ texts: string[]; totals: Set<number> }> {
  const texts: string[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  for (;;) {
    const { quotes }: { quotes: Page } = await page(id, {
      direction,
      ...(backward ? { last: 2, before: cursor } : { first: 2, after: cursor }),
    });
    totals.add(quotes.totalCount);
    texts.splice(backward ? 0 : texts.length, 0, ...quotes.edges.map((edge) => edge.node.text));
    if (!(backward ? quotes.pageInfo.hasPreviousPage : quotes.pageInfo.hasNextPage)) return { texts, totals };
    cursor = backward ? quotes.pageInfo.startCursor : quotes.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  await writeQuotes(db.executor, `quotes of ${ana}`, [
    ...ANA_QUOTES.map((text) => ({ speaker: ana, text })),
    { speaker: ana, text: 'We will bake more next year', kind: 'indirect' as const },
  ]);
  await writeQuotes(db.executor, `quotes of ${ben}`, [{ speaker: ben, text: 'Bread again' }]);
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe("a speaker's quotes by text", () => {
  it('when paged by 2 forward and backward, in either direction, then every walk gives the words in order, ignoring case, and one total', async () => {
    const id = await personId(ana);
    const ascending = ['Apple pie wins', 'apple crumble next', 'banana bread is fine', 'cherry on top'].sort((a, b) =>
      a.toLowerCase() < b.toLowerCase() ? -1 : 1,
    );

    for (const backward of [false, true]) {
      const up = await walk(id, 'ASC', backward);
      const down = await walk(id, 'DESC', backward);
      expect(up.texts).toEqual(ascending);
      expect(down.texts).toEqual([...ascending].reverse());
      expect([...up.totals, ...down.totals]).toEqual([4, 4]);
    }
  });

  it('when the claims are asked for, then they are listed apart, with their own count', async () => {
    const { claims } = await page(await personId(ana), { first: 10 });

    expect(claims.totalCount).toBe(1);
    expect(claims.edges.map((edge) => edge.node.text)).toEqual(['We will bake more next year']);
  });

  it("when one speaker is merged into another, then the kept one lists both speakers' quotes in order", async () => {
    const [keep, merge] = [await personId(ben), await personId(ana)];
    const merged = await server.execute(
      'mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }',
      { keep, merge },
      true,
    );
    expect(merged.errors).toBeUndefined();

    const { quotes, claims } = await page(keep, { first: 10 });
    expect(quotes.totalCount).toBe(5);
    expect(quotes.edges.map((edge) => edge.node.text.toLowerCase())).toEqual(
      [...ANA_QUOTES, 'Bread again'].map((text) => text.toLowerCase()).sort(),
    );
    expect(claims.totalCount).toBe(1);
  });
});

describe("a speaker's counts", () => {
  const COUNTS = `query($id: ID!) { node(id: $id) { ... on Person {
    quoteCount quotes(first: 20) { totalCount edges { node { text } } } claims(first: 20) { totalCount edges { node { text } } } } } }`;

  /** The counts the speaker keeps, each checked against the list it counts. */
  async function counts(name: string): Promise<{ quotes: number; claims: number }> {
    const result = await server.execute(COUNTS, { id: await personId(name) });
    expect(result.errors).toBeUndefined();
    const { quoteCount, quotes, claims } = (result.data as { node: { quoteCount: number; quotes: Page; claims: Page } })
      .node;
    expect(quotes.totalCount).toBe(quotes.edges.length);
    expect(claims.totalCount).toBe(claims.edges.length);
    expect(quoteCount).toBe(quotes.totalCount);
    return { quotes: quotes.totalCount, claims: claims.totalCount };
  }

  it('when articles are loaded again, share a quote, are replaced by a shorter version or deleted, then the counts follow', async () => {
    const cleo = `Cleo ${uniqueWord('Speaker')}`;
    const said = ['first words', 'second words', 'third words'].map((text) => ({ speaker: cleo, text }));
    const claim = { speaker: cleo, text: 'she would say more', kind: 'indirect' as const };

    await writeQuotes(db.executor, `counts of ${cleo}`, [...said, claim]);
    await writeQuotes(db.executor, `counts of ${cleo}`, [...said, claim]);
    expect(await counts(cleo)).toEqual({ quotes: 3, claims: 1 });

    const other = await writeQuotes(db.executor, `more of ${cleo}`, [
      said[0]!,
      { speaker: cleo, text: 'fourth words' },
    ]);
    expect(await counts(cleo)).toEqual({ quotes: 4, claims: 1 });

    await writeQuotes(db.executor, `counts of ${cleo}`, said.slice(0, 2));
    expect(await counts(cleo)).toEqual({ quotes: 3, claims: 0 });

    expect(await deleteArticle(db.executor, articleId(other.text))).toBe(true);
    expect(await counts(cleo)).toEqual({ quotes: 2, claims: 0 });
  });

  it('when articles quoting one speaker are loaded at the same time, then every quote is counted', async () => {
    const dora = `Dora ${uniqueWord('Speaker')}`;

    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        writeQuotes(db.executor, `at once ${i} ${dora}`, [
          { speaker: dora, text: `words ${i} one` },
          { speaker: dora, text: `words ${i} two` },
        ]),
      ),
    );

    expect(await counts(dora)).toEqual({ quotes: 16, claims: 0 });
  });

  it('when a speaker was stored before migration 0015, then the migration counts what ingest would have', async () => {
    const eve = `Eve ${uniqueWord('Speaker')}`;
    await writeQuotes(db.executor, `before counts ${eve}`, [
      { speaker: eve, text: 'one thing' },
      { speaker: eve, text: 'another thing' },
      { speaker: eve, text: 'she had said it', kind: 'indirect' },
    ]);
    await db.executor.runRaw('MATCH (p:Person {name: $eve}) REMOVE p.quoteCount, p.claimCount', { eve });

    const [backfill] = readMigrations().find((migration) => migration.id === '0015-speaker-quote-counts')!.statements;
    await db.executor.runRaw(backfill!);

    expect(await counts(eve)).toEqual({ quotes: 2, claims: 1 });
  });
});
