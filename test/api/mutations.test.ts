import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayorArticle, uniqueSurname } from '../support/articles.js';
import { openTestDatabase } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
const KEY = 'test-key-0123456789abcdef';
let server: Awaited<ReturnType<typeof startTestServer>>;

const INGEST = `mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) { outcome article { id title quotes { edges { node { text speaker { ... on Person { id name } } } } } } }
}`;

async function graphCounts() {
  const [row] = await db.executor.runRaw(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    {},
    'READ',
  );
  return row;
}

async function asAnalyst(query: string, variables: Record<string, unknown> = {}) {
  const result = await server.execute(query, variables, true);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

beforeAll(async () => {
  server = await startTestServer(db.executor, { API_KEYS: KEY });
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('mutations without a key', () => {
  it.each([
    ['ingestArticle', INGEST, { input: { text: mayorArticle(uniqueSurname()) } }],
    ['deleteArticle', 'mutation($id: ID!) { deleteArticle(id: $id) }', { id: 'QXJ0aWNsZTp4' }],
    [
      'mergeEntities',
      'mutation($a: ID!, $b: ID!) { mergeEntities(keep: $a, merge: $b) { id } }',
      { a: 'UGVyc29uOng=', b: 'UGVyc29uOnk=' },
    ],
    ['addAlias', 'mutation($id: ID!) { addAlias(id: $id, alias: "x") { id } }', { id: 'UGVyc29uOng=' }],
  ])(
    'when %s is sent without a key, then it is UNAUTHENTICATED and nothing is written',
    async (_name, query, variables) => {
      const before = await graphCounts();

      const result = await server.execute(query, variables, false);

      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await graphCounts()).toEqual(before);
    },
  );

  it('when a wrong key is sent over HTTP, then the mutation is refused with a message saying the key is wrong, not missing; with the right key it runs', async () => {
    const url = await server.listen();
    const send = (headers: Record<string, string>) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: 'mutation($id: ID!) { deleteArticle(id: $id) }',
          variables: { id: Buffer.from('Article:none').toString('base64url') },
        }),
      }).then(
        (response) =>
          response.json() as Promise<{ errors: { message: string; extensions: { code: string; reason?: string } }[] }>,
      );

    const wrong = (await send({ authorization: 'Bearer wrong-key' })).errors[0];
    const missing = (await send({})).errors[0];

    expect(wrong).toMatchObject({
      message: 'The API key sent is not one this server accepts (API_KEYS); check the key, or ask for a new one.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_KEY' },
    });
    expect(missing).toMatchObject({
      message: 'This operation needs an API key: send "Authorization: Bearer <key>" or "x-api-key: <key>".',
      extensions: { code: 'UNAUTHENTICATED', reason: 'MISSING_KEY' },
    });
    expect((await send({ 'x-api-key': KEY })).errors[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('mutations with a key', () => {
  it('when an article is ingested twice, then it is NEW then UNCHANGED, with its quote attributed', async () => {
    const surname = uniqueSurname();
    const input = { text: mayorArticle(surname), url: `https://example.org/${surname}` };

    const first = await asAnalyst(INGEST, { input });
    const second = await asAnalyst(INGEST, { input });

    expect(first.ingestArticle.outcome).toBe('NEW');
    expect(second.ingestArticle.outcome).toBe('UNCHANGED');
    const quote = first.ingestArticle.article.quotes.edges[0].node;
    expect(quote.speaker.name).toBe(`Elena ${surname}`);
    expect(quote.text).toContain('We will not cooperate');
  });

  it('when a corrected version arrives from the same URL, then it replaces the old facts and nothing else', async () => {
    const surname = uniqueSurname();
    const url = `https://example.org/${surname}`;
    await asAnalyst(INGEST, { input: { text: mayorArticle(surname), url } });

    const corrected = await asAnalyst(INGEST, {
      input: { text: mayorArticle(surname, 'We will keep every family together,'), url },
    });

    expect(corrected.ingestArticle.outcome).toBe('UPDATED');
    const stored = await db.executor.runRaw(
      "MATCH (a:Article {url: $url}) RETURN count(a) AS articles, COLLECT { MATCH (a)-[:CONTAINS]->(q:Quote) WHERE q.kind <> 'indirect' RETURN q.text } AS quotes",
      { url },
      'READ',
    );
    expect(stored).toEqual([{ articles: 1, quotes: ['We will keep every family together,'] }]);
    const [orphans] = await db.executor.runRaw(
      'MATCH (q:Quote) WHERE q.text STARTS WITH $old AND NOT (q)<-[:CONTAINS]-() RETURN count(q) AS n',
      { old: 'We will not cooperate' },
      'READ',
    );
    expect(orphans?.n).toBe(0);
  });

  it('when an article is deleted, then its facts and the people only it mentioned are gone, and shared entities stay', async () => {
    const surname = uniqueSurname();
    const ingested = await asAnalyst(INGEST, { input: { text: mayorArticle(surname) } });
    await asAnalyst(INGEST, { input: { text: mayorArticle(uniqueSurname()) } }); // also mentions ICE

    const deleted = await asAnalyst('mutation($id: ID!) { deleteArticle(id: $id) }', {
      id: ingested.ingestArticle.article.id,
    });

    expect(deleted.deleteArticle).toBe(true);
    const [left] = await db.executor.runRaw(
      'RETURN COUNT { MATCH (p:Person) WHERE p.name ENDS WITH $surname } AS n, COUNT { MATCH (q:Quote) WHERE NOT (q)<-[:CONTAINS]-() } AS orphanQuotes',
      { surname },
      'READ',
    );
    expect(left).toEqual({ n: 0, orphanQuotes: 0 });
    const ice = await asAnalyst('{ organization(name: "ICE") { name parent { name } } }');
    expect(ice.organization).toEqual({
      name: 'U.S. Immigration and Customs Enforcement',
      parent: { name: 'U.S. Department of Homeland Security' },
    });
  });

  it('when two people are merged, then one remains with both names, and re-loading keeps them merged', async () => {
    const keep = uniqueSurname();
    const merge = uniqueSurname();
    const a = await asAnalyst(INGEST, { input: { text: mayorArticle(keep) } });
    const b = await asAnalyst(INGEST, { input: { text: mayorArticle(merge, 'Our city stands with its neighbors,') } });
    const keepId = a.ingestArticle.article.quotes.edges[0].node.speaker.id;
    const mergeId = b.ingestArticle.article.quotes.edges[0].node.speaker.id;

    const merged = await asAnalyst(
      'mutation($a: ID!, $b: ID!) { mergeEntities(keep: $a, merge: $b) { id ... on Person { name aliases quotes { totalCount } } } }',
      { a: keepId, b: mergeId },
    );
    const again = await asAnalyst(INGEST, {
      input: { text: `${mayorArticle(merge, 'Our city stands with its neighbors,')}\n\nUpdated.` },
    });

    expect(merged.mergeEntities).toMatchObject({ id: keepId, name: `Elena ${keep}`, quotes: { totalCount: 2 } });
    expect(merged.mergeEntities.aliases).toEqual(expect.arrayContaining([`Elena ${merge}`]));
    expect(again.ingestArticle.article.quotes.edges[0].node.speaker.id).toBe(keepId);
    expect((await server.execute('query($id: ID!) { node(id: $id) { id } }', { id: mergeId })).data).toEqual({
      node: null,
    });
  });

  it('when an alias is added, then the person is found by it', async () => {
    const surname = uniqueSurname();
    const ingested = await asAnalyst(INGEST, { input: { text: mayorArticle(surname) } });
    const personId = ingested.ingestArticle.article.quotes.edges[0].node.speaker.id;

    await asAnalyst('mutation($id: ID!, $alias: String!) { addAlias(id: $id, alias: $alias) { id } }', {
      id: personId,
      alias: `The Tucson Mayor ${surname}`,
    });
    const found = await asAnalyst('query($name: String!) { person(name: $name) { id } }', {
      name: `The Tucson Mayor ${surname}`,
    });

    expect(found.person.id).toBe(personId);
  });

  it('when an empty article is sent, then the error is BAD_USER_INPUT naming the field', async () => {
    const result = await server.execute(INGEST, { input: { text: '   ' } }, true);

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.text' });
  });
});
