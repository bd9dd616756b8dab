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
