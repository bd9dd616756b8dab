/**
 * Apollo Client 4, as a front end uses it, against the real server over HTTP: a normalised cache with
 * `possibleTypes` from the schema, `relayStylePagination` forward and backward, and no cache warnings.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { isAbstractType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { createSchema } from '../../resolvers/build-schema.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
let url: string;

/** What `possibleTypes` needs for fragments on unions and interfaces: `npx graphql-codegen` can write it too. */
async function possibleTypes(): Promise<Record<string, string[]>> {
  const schema = await createSchema();
  return Object.fromEntries(
    Object.values(schema.getTypeMap())
      .filter(isAbstractType)
      .map((type) => [type.name, schema.getPossibleTypes(type).map((member) => member.name)]),
  );
}

async function newClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: `${url}/graphql` }),
    cache: new InMemoryCache({
      possibleTypes: await possibleTypes(),
      typePolicies: {
        Query: {
          fields: {
            people: relayStylePagination(['sort', 'direction', 'nameContains', 'organization', 'mentionedIn']),
          },
        },
      },
    }),
  });
}

type Page = {
  people: {
    edges: { cursor: string; node: { id: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};
const PEOPLE: TypedDocumentNode<Page, { first?: number; after?: string; last?: number; before?: string }> = gql`
  query People($first: Int, $after: String, $last: Int, $before: String) {
    people(first: $first, after: $after, last: $last, before: $before, sort: NAME) {
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  server = await startTestServer(db.executor);
  url = await server.listen();
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('Apollo Client 4', () => {
  it('when a person is read by name and then refetched through node(), then the cache holds one normalised Person with the fields of both', async () => {
    const client = await newClient();
    const byName = await client.query({
      query: gql`
        {
          person(name: "Sessions") {
            id
            name
          }
        }
      `,
    });
    const id = (byName.data as { person: { id: string } }).person.id;

    await client.query({
      query: gql`
        query Refetch($id: ID!) {
          node(id: $id) {
            id
            ... on Person {
              aliases
            }
          }
        }
      `,
      variables: { id },
    });

    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    expect(cache[`Person:${id}`]).toMatchObject({
      __typename: 'Person',
      id,
      name: 'Jeff Sessions',
      aliases: expect.arrayContaining(['Sessions']),
    });
    expect(
      client.cache.readFragment({
        id: `Person:${id}`,
        fragment: gql`
          fragment P on Person {
            name
            aliases
          }
        `,
      }),
    ).toMatchObject({ name: 'Jeff Sessions' });
  });

  it('when two queries ask for different fields of stats (with its id), then the cache merges them into one Stats object and nothing is warned', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const client = await newClient();

    await client.query({
      query: gql`
        {
          stats {
            id
            articles
          }
        }
      `,
    });
    await client.query({
      query: gql`
        {
          stats {
            id
            people
            quotes
          }
        }
      `,
    });
    const both = client.readQuery({
      query: gql`
        {
          stats {
            id
            articles
            people
            quotes
          }
        }
      `,
    });

    expect(both).toMatchObject({
      stats: { articles: expect.any(Number), people: expect.any(Number), quotes: expect.any(Number) },
    });
    expect(Object.keys(client.cache.extract() as object)).toContain('Stats:stats');
    expect([...warn.mock.calls, ...error.mock.calls]).toEqual([]);
    warn.mockRestore();
    error.mockRestore();
  });

  it('when a search returns nodes of several kinds, then every node is normalised (a reference in the result, an entry of its own)', async () => {
    const client = await newClient();
    await client.query({
      query: gql`
        {
          search(query: "immigration", first: 20) {
            edges {
              kind
              node {
                id
                ... on Person {
                  name
                }
                ... on Article {
                  title
                }
              }
            }
          }
        }
      `,
    });

    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    const search = Object.entries(cache.ROOT_QUERY!).find(([key]) => key.startsWith('search('))![1] as {
      edges: { node: { __ref?: string } }[];
    };
    expect(search.edges.length).toBeGreaterThan(3);
    for (const edge of search.edges) expect(cache[edge.node.__ref!]).toBeDefined();
  });

  it('when people are paged forward with fetchMore under relayStylePagination, then the merged list equals one big page', async () => {
    const client = await newClient();
    const big = (await client.query({ query: PEOPLE, variables: { first: 5 } })).data!.people;
    const whole = big.edges.map((edge) => edge.node.id);
    const watched = client.watchQuery({ query: PEOPLE, variables: { first: 2 } });
    const subscription = watched.subscribe(() => undefined);
    try {
      let result = await watched.refetch();
      for (let page = 0; page < 2; page++) {
        // fetchMore resolves with the new page alone; the merged list is in the cache.
        result = await watched.fetchMore({
          variables: { first: page === 0 ? 2 : 1, after: result.data!.people.pageInfo.endCursor! },
        });
      }
      const merged = client.readQuery({ query: PEOPLE, variables: watched.variables })!.people;
      expect(merged.edges.map((edge) => edge.node.id)).toEqual(whole);
      expect(merged.pageInfo.hasNextPage).toBe(big.pageInfo.hasNextPage);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('when people are paged backward from the end with fetchMore, then the merged list equals the last big page', async () => {
    const client = await newClient();
    const big = (await client.query({ query: PEOPLE, variables: { last: 5 } })).data!.people;
    const whole = big.edges.map((edge) => edge.node.id);
    const watched = client.watchQuery({ query: PEOPLE, variables: { last: 2 } });
    const subscription = watched.subscribe(() => undefined);
    try {
      let result = await watched.refetch();
      for (let page = 0; page < 2; page++) {
        result = await watched.fetchMore({
          variables: { last: page === 0 ? 2 : 1, before: result.data!.people.pageInfo.startCursor! },
        });
      }
      const merged = client.readQuery({ query: PEOPLE, variables: watched.variables })!.people;
      expect(merged.edges.map((edge) => edge.node.id)).toEqual(whole);
      expect(merged.pageInfo.hasPreviousPage).toBe(big.pageInfo.hasPreviousPage);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('when a query uses GET (useGETForQueries), then it is answered like a POST', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${url}/graphql`, useGETForQueries: true }),
      cache: new InMemoryCache(),
    });

    const { data } = await client.query({
      query: gql`
        {
          stats {
            id
            articles
          }
        }
      `,
    });

    expect(data).toMatchObject({ stats: { id: 'stats', articles: expect.any(Number) } });
  });
});
