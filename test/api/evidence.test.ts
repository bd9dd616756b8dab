import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../loaders/ingest.js';
import { openTestDatabase } from '../support/database.js';
import { mayorArticle, uniqueName, uniqueSurname } from '../support/articles.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
const surname = uniqueSurname();
let server: Awaited<ReturnType<typeof startTestServer>>;

// Characters outside the Basic Multilingual Plane before the facts: each is two UTF-16 units (the unit
// offsets count in) but one code point (the unit Cypher's substring counts in).
const text = mayorArticle(surname).replace(`Mayor Elena ${surname}`, `🇺🇸 🔥 Mayor Elena ${surname}`);

const QUOTES = `
  query Quotes($name: String!) {
    person(name: $name) {
      quotes(first: 5) { edges { node { text evidence { text start end article { text } } } } }
    }
  }`;

type Evidence = { text: string; start: number; end: number; article: { text: string } };

beforeAll(async () => {
  await ingestDocument(db.executor, { source: `${uniqueName('emoji')}.txt`, text });
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('evidence words', () => {
  it('when characters outside the BMP come before a quote, then its evidence text is exactly the words its offsets point at', async () => {
    const result = await server.execute(QUOTES, { name: surname });
    expect(result.errors).toBeUndefined();
    const quotes = (
      result.data as { person: { quotes: { edges: { node: { text: string; evidence: Evidence[] } }[] } } }
    ).person.quotes.edges;

    expect(quotes.length).toBeGreaterThan(0);
    for (const { node } of quotes) {
      for (const evidence of node.evidence) {
        expect(evidence.text).toBe(evidence.article.text.slice(evidence.start, evidence.end));
        expect(evidence.text).toContain('We will not cooperate');
      }
    }
  });
});

describe('evidence read with a page of quotes', () => {
  const ALL =
    'start end text sentence context confidence extractorVersion article { id title outlet url source author inferred publishedAt ingestedAt }';
  type Page = { edges: { node: { id: string; evidence: Record<string, unknown>[] } }[] };
  const byQuote = (page: Page) => new Map(page.edges.map(({ node }) => [node.id, node.evidence]));

  it("when one query reads a few fields of a speaker's quotes' evidence and all of them elsewhere, then each gets what the evidence loader gives", async () => {
    const person = await server.execute(`query P($name: String!) { person(name: $name) { id } }`, { name: surname });
    const id = (person.data as { person: { id: string } }).person.id;

    const result = await server.execute(
      `query Both($id: ID!) {
        person(id: $id) {
          few: quotes(first: 5) { edges { node { id evidence { sentence article { title } } } } }
          all: quotes(first: 5) { edges { node { id evidence { ${ALL} } } } }
        }
        quotes(speaker: $id, first: 5) { edges { node { id evidence { ${ALL} } } } }
      }`,
      { id },
    );

    expect(result.errors).toBeUndefined();
    const data = result.data as { person: { few: Page; all: Page }; quotes: Page };
    const loaded = byQuote(data.quotes);
    expect(loaded.size).toBeGreaterThan(0);
    expect(byQuote(data.person.all)).toEqual(loaded);
    const few = [...loaded].map(([quote, evidence]) => [
      quote,
      evidence.map((e) => ({ sentence: e.sentence, article: { title: (e.article as { title: string }).title } })),
    ]);
    expect(byQuote(data.person.few)).toEqual(new Map(few as [string, Record<string, unknown>[]][]));
  });
});

describe('evidence of a quote many articles carry', () => {
  const repeated = uniqueSurname();
  // Loaded out of date order, so the oldest-first order is the statement's, not the loading's.
  const dates = ['2021-03-04', '2021-03-01', '2021-03-03', '2021-03-02'];
  const sources = dates.map((date) => `${uniqueName('wire')}-${date}.txt`);
  type Listed = { evidence: { sentence: string; article: { id: string; publishedAt: string } }[] };
  const datesOf = (quote: Listed) => quote.evidence.map((e) => e.article.publishedAt.slice(0, 10));
  let quoteId: string;
  let personId: string;

  beforeAll(async () => {
    for (const [i, date] of dates.entries()) {
      const copy = mayorArticle(repeated).replace('Pledges', `Pledges (${i + 1})`);
      await ingestDocument(db.executor, { source: sources[i]!, text: copy, date });
    }
    const result = await server.execute(
      `query P($name: String!) { person(name: $name) { id quotes(first: 1) { edges { node { id } } } } }`,
      { name: repeated },
    );
    const person = (result.data as { person: { id: string; quotes: { edges: { node: { id: string } }[] } } }).person;
    personId = person.id;
    quoteId = person.quotes.edges[0]!.node.id;
  });

  const EVIDENCE = 'evidence { sentence article { id publishedAt } }';

  it('when no number is asked, then every article (up to the default) comes, oldest first', async () => {
    const result = await server.execute(`query Q($id: ID!) { quote(id: $id) { ${EVIDENCE} } }`, { id: quoteId });
    expect(result.errors).toBeUndefined();
    expect(datesOf((result.data as { quote: Listed }).quote)).toEqual([...dates].sort());
  });

  it('when `first` is asked, then only that many of the oldest come, through the quote and through its speaker page alike', async () => {
    const result = await server.execute(
      `query Q($id: ID!, $person: ID!) {
        quote(id: $id) { two: evidence(first: 2) { sentence article { id publishedAt } } }
        person(id: $person) {
          quotes(first: 1) { edges { node {
            one: evidence(first: 1) { sentence article { id publishedAt } }
            three: evidence(first: 3) { sentence article { id publishedAt } }
          } } }
        }
      }`,
      { id: quoteId, person: personId },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      quote: { two: Listed['evidence'] };
      person: { quotes: { edges: { node: { one: Listed['evidence']; three: Listed['evidence'] } }[] } };
    };
    const oldest = [...dates].sort();
    expect(datesOf({ evidence: data.quote.two })).toEqual(oldest.slice(0, 2));
    const page = data.person.quotes.edges[0]!.node;
    expect(datesOf({ evidence: page.one })).toEqual(oldest.slice(0, 1));
    expect(datesOf({ evidence: page.three })).toEqual(oldest.slice(0, 3));
    expect(page.three.slice(0, 2)).toEqual(data.quote.two);
  });

  it('when fewer articles are listed than carry the quote, then articleCount says how many carry it', async () => {
    const result = await server.execute(
      `query Q($id: ID!, $person: ID!) {
        quote(id: $id) { articleCount evidence(first: 2) { sentence } }
        person(id: $person) { quotes(first: 1) { edges { node { articleCount } } } }
      }`,
      { id: quoteId, person: personId },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      quote: { articleCount: number; evidence: unknown[] };
      person: { quotes: { edges: { node: { articleCount: number } }[] } };
    };
    expect(data.quote).toMatchObject({ articleCount: dates.length });
    expect(data.quote.evidence).toHaveLength(2);
    expect(data.person.quotes.edges[0]!.node.articleCount).toBe(dates.length);
  });

  it('when one article is asked, then only the words in that article come, and none from an article without the quote', async () => {
    const all = await server.execute(`query Q($id: ID!) { quote(id: $id) { ${EVIDENCE} } }`, { id: quoteId });
    const newest = (all.data as { quote: Listed }).quote.evidence.at(-1)!;
    const result = await server.execute(
      `query Q($id: ID!, $article: ID!, $other: ID!) {
        quote(id: $id) {
          in: evidence(article: $article) { sentence context article { id publishedAt } }
          elsewhere: evidence(article: $other) { sentence }
        }
      }`,
      { id: quoteId, article: newest.article.id, other: await otherArticleId() },
    );
    expect(result.errors).toBeUndefined();
    const quote = (result.data as { quote: { in: Listed['evidence']; elsewhere: unknown[] } }).quote;
    expect(quote.in.map((e) => ({ sentence: e.sentence, article: e.article }))).toEqual([newest]);
    expect(quote.elsewhere).toEqual([]);
  });

  it('when a number out of range is asked, then the error names the argument and its range', async () => {
    const result = await server.execute(`query Q($id: ID!) { quote(id: $id) { evidence(first: 0) { sentence } } }`, {
      id: quoteId,
    });
    expect(result.errors?.[0]?.message).toMatch(/first.*1.*100/);
  });
});

/** The first suite's article, which does not carry the repeated quote. */
async function otherArticleId(): Promise<string> {
  const result = await server.execute(
    `query P($name: String!) { person(name: $name) { quotes(first: 1) { edges { node { evidence { article { id } } } } } } }`,
    { name: surname },
  );
  type Data = { person: { quotes: { edges: { node: { evidence: { article: { id: string } }[] } }[] } } };
  return (result.data as Data).person.quotes.edges[0]!.node.evidence[0]!.article.id;
}
