/**
 * Single lookups (`person`, `organization`, `article`, `statistic`, `place`, `policy`, `quote`): null when
 * nothing is found, so the rest of the response survives; a name never picked silently among several;
 * error messages that say what was wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { toGlobalId } from '../../resolvers/ids/global-id.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { uniqueWord, writeQuotes } from '../support/quotes.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
const family = uniqueWord('Lookup');
const [dana, eli] = [`Dana ${family}`, `Eli ${family}`];

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  await writeQuotes(db.executor, `lookups ${family}`, [
    { speaker: dana, text: `Lookups ${family} one.` },
    { speaker: eli, text: `Lookups ${family} two.` },
  ]);
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const firstError = (errors: unknown) => (errors as Errors)?.[0];

describe('single lookups', () => {
  it('when a lookup finds nothing, then it is null and the rest of the response is kept', async () => {
    const missing = (type: Parameters<typeof toGlobalId>[0]) => toGlobalId(type, `missing-${family}`);
    const result = await server.execute(
      `query ($a: ID!, $s: ID!, $pl: ID!, $po: ID!, $q: ID!) {
        person(name: "Nobody ${family}") { id } organization(name: "No Such Body ${family}") { id }
        article(id: $a) { id } statistic(id: $s) { id } place(id: $pl) { id } policy(id: $po) { id } quote(id: $q) { id }
        stats { articles } }`,
      {
        a: missing('Article'),
        s: missing('Statistic'),
        pl: missing('Place'),
        po: missing('Policy'),
        q: missing('Quote'),
      },
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      person: null,
      organization: null,
      article: null,
      statistic: null,
      place: null,
      policy: null,
      quote: null,
      stats: { articles: expect.any(Number) },
    });
  });

  it('when a name is an exact name, alias or acronym in another case, then that one is the answer, not a longer name containing it', async () => {
    const result = await server.execute(
      `{ ice: organization(name: "ice") { name } sessions: person(name: "sessions") { name } dana: person(name: "${dana.toLowerCase()}") { name } }`,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      ice: { name: 'U.S. Immigration and Customs Enforcement' },
      sessions: { name: 'Jeff Sessions' },
      dana: { name: dana },
    });
  });

  it('when a partial name matches one node only, then it is the answer', async () => {
    const result = await server.execute(`{ person(name: "ana ${family}") { name } }`);

    expect(result.data).toEqual({ person: { name: dana } });
  });

  it('when a partial name matches several, then the error lists every candidate with its id and names the list filter, and nothing is picked', async () => {
    const people = await server.execute(`{ person(name: "${family}") { name } }`);
    const organizations = await server.execute('{ organization(name: "Customs") { name } }');

    expect(people.data).toEqual({ person: null });
    expect(firstError(people.errors)).toMatchObject({
      message: `"${family}" is part of the names of 2 people (${dana}; ${eli}); pass one's \`id\` or full name, or list them with \`people(nameContains: "${family}")\`.`,
      extensions: {
        code: 'BAD_USER_INPUT',
        argument: 'name',
        candidates: [
          { id: expect.any(String), name: dana },
          { id: expect.any(String), name: eli },
        ],
      },
    });
    const candidates = (firstError(organizations.errors)?.extensions?.candidates ?? []) as { name: string }[];
    expect(candidates.map((candidate) => candidate.name)).toEqual(
      expect.arrayContaining(['U.S. Immigration and Customs Enforcement', 'U.S. Customs and Border Protection']),
    );
  });
});

describe('error messages that say what was wrong', () => {
  it('when node() gets a malformed id, then the error names the argument `id`', async () => {
    const result = await server.execute('{ node(id: "garbage") { id } }');

    expect(firstError(result.errors)).toMatchObject({
      message: '"garbage" is not an id issued by this API.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
    });
  });

  it('when an id of another type is passed, then the message uses "an" before a vowel', async () => {
    const article = toGlobalId('Article', 'x');
    const result = await server.execute(`{ organization(id: "${article}") { id } }`);

    expect(firstError(result.errors)?.message).toBe(`"${article}" is the id of an Article, not of an Organization.`);
  });

  it('when a GraphEdge id is passed to node(), then the error says it names a link and what to pass instead', async () => {
    const ice = (
      (await server.execute('{ organization(name: "ICE") { id } }')).data as { organization: { id: string } }
    ).organization.id;
    const graph = await server.execute(`{ neighborhood(id: "${ice}") { edges { id } } }`);
    const edgeId = (graph.data as { neighborhood: { edges: { id: string }[] } }).neighborhood.edges[0]!.id;

    const result = await server.execute(`{ node(id: "${edgeId}") { id } }`);

    expect(firstError(result.errors)?.message).toBe(
      `"${edgeId}" is the id of a GraphEdge, which names a link in a graph view, not a node; pass the edge's \`from\` or \`to\`.`,
    );
  });
});
