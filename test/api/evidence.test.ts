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
