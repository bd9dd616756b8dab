import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

type Named = { __typename: string; id: string; name?: string; aliases?: string[]; acronym?: string | null };
type ArticleMentions = {
  id: string;
  text: string;
  mentions: { start: number; end: number; text: string; node: Named }[];
  people: { totalCount: number };
};

describe('Article.mentions', () => {
  it("when an article's mentions are asked, then each points at the node's name in the text, in text order, and every person it mentions is among them", async () => {
    const result = await server.execute(`{ articles(first: 10) { edges { node { id text people { totalCount }
      mentions { start end text node { __typename id ... on Person { name aliases } ... on Organization { name aliases acronym } ... on Place { name } ... on Policy { name } } } } } } }`);
    expect(result.errors).toBeUndefined();
    const articles = (result.data as { articles: { edges: { node: ArticleMentions }[] } }).articles.edges.map(
      (edge) => edge.node,
    );

    expect(articles.flatMap((article) => article.mentions).length).toBeGreaterThan(10);
    for (const article of articles) {
      expect(article.mentions.map((m) => m.start)).toEqual(
        [...article.mentions.map((m) => m.start)].sort((a, b) => a - b),
      );
      for (const mention of article.mentions) {
        const names = [mention.node.name, ...(mention.node.aliases ?? []), mention.node.acronym]
          .filter(Boolean)
          .map((name) => name!.toLowerCase());
        expect(mention.text).toBe(article.text.slice(mention.start, mention.end));
        // People and organizations are named as written, in full or in part ("Biden" of "Joe Biden");
        // places and policies may be normalised ("US" → "U.S.").
        const written = mention.text.toLowerCase();
        if (['Person', 'Organization'].includes(mention.node.__typename))
          expect(
            names.some((name) => name.includes(written) || written.includes(name)),
            `${written} of ${names.join(', ')}`,
          ).toBe(true);
        else expect(mention.text.trim().length).toBeGreaterThan(1);
      }
      const people = new Set(article.mentions.filter((m) => m.node.__typename === 'Person').map((m) => m.node.id));
      expect(people.size).toBe(article.people.totalCount);
    }
  });
});
