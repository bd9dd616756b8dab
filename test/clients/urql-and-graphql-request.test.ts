/**
 * urql 6 with its defaults (short queries go as GET, with no extra header) and graphql-request, against
 * the real server over HTTP.
 */
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';
import { ClientError, GraphQLClient, request } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
const KEY = 'clients-test-key-0123456789';
let server: Awaited<ReturnType<typeof startTestServer>>;
let endpoint: string;
const methods: string[] = [];

/** The global fetch, noting each request's method; urql is otherwise left exactly as it comes. */
const observedFetch: typeof fetch = (input, init) => {
  methods.push(init?.method ?? 'GET');
  return fetch(input, init);
};

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  server = await startTestServer(db.executor, { API_KEYS: KEY });
  endpoint = `${await server.listen()}/graphql`;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('urql with its defaults', () => {
  it('when a query is sent, then urql sends it as GET and gets the data', async () => {
    const client = new Client({ url: endpoint, exchanges: [cacheExchange, fetchExchange], fetch: observedFetch });
    methods.length = 0;

    const result = await client
      .query(
        gql`
          {
            organization(name: "ICE") {
              id
              name
              acronym
            }
            stats {
              id
              articles
            }
          }
        `,
        {},
      )
      .toPromise();

    expect(methods).toEqual(['GET']);
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({
      organization: { name: 'U.S. Immigration and Customs Enforcement', acronym: 'ICE' },
      stats: { id: 'stats' },
    });
  });

  it('when a lookup finds nothing, then urql gets null for it and the rest of the data, with no error', async () => {
    const client = new Client({ url: endpoint, exchanges: [cacheExchange, fetchExchange] });

    const result = await client
      .query(
        gql`
          {
            person(name: "Nobody At All Zzq") {
              id
            }
            stats {
              id
              articles
            }
          }
        `,
        {},
      )
      .toPromise();

    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({ person: null, stats: { articles: expect.any(Number) } });
  });

  it('when a mutation is sent without a key, then it goes as POST and the error says a key is needed', async () => {
    const client = new Client({ url: endpoint, exchanges: [cacheExchange, fetchExchange], fetch: observedFetch });
    methods.length = 0;

    const result = await client
      .mutation(
        gql`
          mutation {
            deleteArticle(id: "QXJ0aWNsZTp4")
          }
        `,
        {},
      )
      .toPromise();

    expect(methods).toEqual(['POST']);
    expect(result.error?.graphQLErrors[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'MISSING_KEY',
    });
  });
});

describe('graphql-request', () => {
  it('when a query with variables is requested, then the data comes back typed as asked', async () => {
    const data = await request<{ person: { name: string; quotes: { totalCount: number } } | null }>(
      endpoint,
      'query($name: String!) { person(name: $name) { name quotes(first: 1) { totalCount } } }',
      { name: 'sessions' },
    );

    expect(data.person?.name).toBe('Jeff Sessions');
    expect(data.person?.quotes.totalCount).toBeGreaterThan(0);
  });

  it('when the request fails, then a ClientError carries the error code, and a key header authenticates mutations', async () => {
    const anonymous = new GraphQLClient(endpoint);
    const keyed = new GraphQLClient(endpoint, { headers: { authorization: `Bearer ${KEY}` } });
    const mutation = 'mutation($id: ID!) { deleteArticle(id: $id) }';
    const variables = { id: Buffer.from('Article:none-here').toString('base64url') };

    const refused = await anonymous.request(mutation, variables).catch((error: unknown) => error);
    const notFound = await keyed.request(mutation, variables).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(ClientError);
    expect((refused as ClientError).response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((notFound as ClientError).response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
