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

  it("when one person's quotes are asked with their speaker and their evidence's article, then the page brings them: two round-trips, the person and the page", async () => {
    const result = await server.execute(
      `query One($name: String!) {
        person(name: $name) { quotes(first: 5) { totalCount edges { node {
          text speaker { ... on Person { name } } evidence { sentence article { title } }
        } } } }
      }`,
      { name: `${prefix} Speaker07` },
    );

    expect(result.errors).toBeUndefined();
    const quotes = (result.data as { person: Nested['people']['edges'][number]['node'] }).person.quotes.edges;
    expect(quotes.map(({ node }) => node.text)).toEqual(['First words of speaker 7.', 'Second words of speaker 7.']);
    for (const { node } of quotes) {
      expect(node.speaker.name).toBe(`${prefix} Speaker07`);
      expect(node.evidence[0]!.article.title).toBe(`round-trips ${prefix}`);
    }
    expect(result.roundTrips).toBe(2);
  });
});
