import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database.js';
import { uniqueWord, writeQuotes } from '../support/quotes.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
const prefix = uniqueWord('Rt');
const PEOPLE = 60;

const NESTED = `
  query Nested($prefix: String!) {
    people(first: 60, nameContains: $prefix) {
      edges { node {
        name
        quotes { edges { node {
          text
          speaker { ... on Person { name } }
          evidence { sentence article { title } }
        } } }
      } }
    }
  }`;

type Nested = {
  people: {
    edges: {
      node: {
        name: string;
        quotes: {
          edges: { node: { text: string; speaker: { name: string }; evidence: { article: { title: string } }[] } }[];
        };
      };
    }[];
  };
};

beforeAll(async () => {
  const names = Array.from({ length: PEOPLE }, (_, i) => `${prefix} Speaker${String(i).padStart(2, '0')}`);
  await writeQuotes(
    db.executor,
    `round-trips ${prefix}`,
    names.flatMap((name, i) => [
      { speaker: name, text: `First words of speaker ${i}.` },
      { speaker: name, text: `Second words of speaker ${i}.` },
    ]),
  );
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('batched nesting', () => {
  it("when 60 people, their quotes, each quote's speaker and evidence article are asked at once, then the round-trips follow the depth, not the rows", async () => {
    const result = await server.execute(NESTED, { prefix });

    expect(result.errors).toBeUndefined();
    const people = (result.data as Nested).people.edges.map((edge) => edge.node);
    expect(people).toHaveLength(PEOPLE);
    for (const person of people) {
      expect(person.quotes.edges).toHaveLength(2);
      for (const { node } of person.quotes.edges) {
        expect(node.speaker.name).toBe(person.name);
        expect(node.evidence[0]!.article.title).toBe(`round-trips ${prefix}`);
      }
    }
    // people, quotes, speakers, evidence, articles: one statement per level, whatever the number of rows.
    expect(result.roundTrips).toBeLessThanOrEqual(6);
  });
});
