/**
 * The benchmark's query mix: seven questions analysts ask, each written three ways that fetch the same
 * information: for our API, for the peer (@neo4j/graphql, with `bench/peer/type-defs.graphql`) and as
 * hand-written Cypher (`cypher/benchmark/`, the floor). `weight` is the question's share of the mix.
 */
import { toGlobalId } from '../../resolvers/ids/global-id.js';
import type { BenchmarkStatement } from '../support/benchmark-cypher.js';
import type { Case } from './cases.js';

export interface GraphQLRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface RawRequest {
  readonly statement: BenchmarkStatement;
  readonly params: Record<string, unknown>;
}

/** Where page N of the article list starts for each target (page 0 has no cursor). */
export interface PageCursors {
  readonly ours: readonly string[];
  readonly peer: readonly string[];
  readonly raw: readonly { readonly afterKey: string; readonly afterId: string }[];
}

export interface BenchQuery {
  readonly name: string;
  readonly description: string;
  readonly weight: number;
  ours(c: Case, page: number, cursors: PageCursors): GraphQLRequest;
  peer(c: Case, page: number, cursors: PageCursors): GraphQLRequest;
  raw(c: Case, page: number, cursors: PageCursors): RawRequest;
}

/** The same subject for the three: words starting with the measure word's first six letters (four at least). */
const stemOf = (word: string) => word.slice(0, Math.max(4, Math.min(word.length, 6)));

const articleListOurs = `query List($after: String) {
  articles(first: 20, after: $after, sort: PUBLISHED_AT, direction: DESC) {
    totalCount
    edges { cursor node { id title outlet publishedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const articleListPeer = `query List($after: String) {
  articlesConnection(first: 20, after: $after, sort: [{ publishedAt: DESC }, { id: DESC }]) {
    totalCount
    edges { cursor node { id title outlet publishedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const QUERIES: readonly BenchQuery[] = [
  {
    name: 'lookup',
    description: 'a person by name',
    weight: 20,
    ours: (c) => ({
      query: 'query Lookup($name: String!) { person(name: $name) { id name aliases titles } }',
      variables: { name: c.person.name },
    }),
    peer: (c) => ({
      query:
        'query Lookup($name: String!) { people(where: { name: { eq: $name } }, limit: 1) { id name aliases titles } }',
      variables: { name: c.person.name },
    }),
    raw: (c) => ({ statement: 'lookup-person', params: { name: c.person.name } }),
  },
  {
    name: 'person-quotes',
    description: "a person's quotes with speakers and articles, 3 levels deep",
    weight: 20,
    ours: (c) => ({
      query: `query PersonQuotes($id: ID!) {
  person(id: $id) {
    name
    quotes(first: 10) {
      totalCount
      edges { node { text kind speaker { ... on Person { name } } evidence { sentence article { title outlet publishedAt } } } }
    }
  }
}`,
      variables: { id: toGlobalId('Person', c.person.id) },
    }),
    peer: (c) => ({
      query: `query PersonQuotes($id: ID!) {
  people(where: { id: { eq: $id } }) {
    name
    quotesConnection(first: 10, where: { node: { kind: { in: ["direct", "partial"] } } }, sort: [{ node: { text: ASC } }]) {
      totalCount
      edges { node { text kind saidBy { ... on Person { name } } articlesConnection { edges { properties { sentence } node { title outlet publishedAt } } } } }
    }
  }
}`,
      variables: { id: c.person.id },
    }),
    raw: (c) => ({ statement: 'person-quotes', params: { id: c.person.id } }),
  },
  {
    name: 'search',
    description: 'full-text search across kinds',
    weight: 20,
    ours: (c) => ({
      query: `query Search($q: String!) {
  search(query: $q, first: 10) {
    edges { score kind node { id ... on Person { name } ... on Organization { name } ... on Quote { text } ... on Article { title } } }
  }
}`,
      variables: { q: c.word },
    }),
    // The peer searches one kind per root field; a search box across kinds asks four.
    peer: (c) => ({
      query: `query Search($q: String!) {
  peopleSearch(phrase: $q, first: 10) { edges { score node { id name } } }
  organizationsSearch(phrase: $q, first: 10) { edges { score node { id name } } }
  quotesSearch(phrase: $q, first: 10) { edges { score node { id text } } }
  articlesSearch(phrase: $q, first: 10) { edges { score node { id title } } }
}`,
      variables: { q: c.word },
    }),
    raw: (c) => ({ statement: 'search', params: { lucene: c.word } }),
  },
  {
    name: 'statistics',
    description: 'figures filtered by measure and place',
    weight: 10,
    ours: (c) => ({
      query: `query Figures($measure: String!, $place: ID!) {
  statistics(measureContains: $measure, place: $place, first: 20) { edges { node { id name value measure period } } }
}`,
      variables: { measure: c.figure.measureWord, place: toGlobalId('Place', c.figure.placeId) },
    }),
    peer: (c) => ({
      query: `query Figures($measure: String!, $place: ID!) {
  statistics(where: { measure: { contains: $measure }, aboutPlace: { some: { id: { eq: $place } } } }, sort: [{ value: ASC }], limit: 20) { id name value measure period }
}`,
      variables: { measure: c.figure.measureWord, place: c.figure.placeId },
    }),
    raw: (c) => ({
      statement: 'statistics-by-measure-and-place',
      params: { measure: c.figure.measureWord, place: c.figure.placeId },
    }),
  },
  {
    name: 'who-said',
    description: 'who said what on a subject',
    weight: 10,
    ours: (c) => ({
      query: `query WhoSaid($about: String!) {
  whoSaid(about: $about, first: 10, quotesPerSpeaker: 5) {
    edges { node {
      count
      speaker { ... on Person { name } ... on Organization { name } ... on AnonymousSource { description } }
      quotes { text evidence { sentence article { title } } }
    } }
  }
}`,
      variables: { about: stemOf(c.figure.measureWord) },
    }),
    // The peer has no grouping: its users fetch the matching quotes with their speakers and group in the client.
    peer: (c) => ({
      query: `query WhoSaid($about: String!) {
  quotes(where: { OR: [{ text: { contains: $about } }, { articlesConnection: { some: { edge: { sentence: { contains: $about } } } } }] }, limit: 50) {
    text
    saidBy { ... on Person { name } ... on Organization { name } ... on AnonymousSource { description } }
    articlesConnection { edges { properties { sentence } node { title } } }
  }
}`,
      variables: { about: stemOf(c.figure.measureWord) },
    }),
    raw: (c) => {
      const stem = stemOf(c.figure.measureWord);
      return { statement: 'who-said', params: { quoteLucene: `text:${stem}*`, sentenceLucene: `sentence:${stem}*` } };
    },
  },
  {
    name: 'neighborhood',
    description: 'a 2-hop neighborhood',
    weight: 10,
    ours: (c) => ({
      query:
        'query Around($id: ID!) { neighborhood(id: $id, depth: 2, first: 50) { nodes { id kind label } edges { from to type } } }',
      variables: { id: toGlobalId('Person', c.person.id) },
    }),
    // Two hops for the peer: the articles mentioning the person and who else they mention, plus roles.
    peer: (c) => ({
      query: `query Around($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name
    roles(limit: 10) { id name }
    mentionedIn(limit: 10) { id title mentionsPeople(limit: 10) { id name } mentionsOrganizations(limit: 10) { id name } }
  }
}`,
      variables: { id: c.person.id },
    }),
    raw: (c) => ({ statement: 'neighborhood', params: { id: c.person.id } }),
  },
  {
    name: 'article-page',
    description: 'a page of the article list, newest first, with the total',
    weight: 10,
    ours: (_c, page, cursors) => ({
      query: articleListOurs,
      variables: { after: page === 0 ? null : cursors.ours[page - 1] },
    }),
    peer: (_c, page, cursors) => ({
      query: articleListPeer,
      variables: { after: page === 0 ? null : cursors.peer[page - 1] },
    }),
    raw: (_c, page, cursors) => ({
      statement: 'list-articles',
      params: page === 0 ? { afterKey: null, afterId: null } : cursors.raw[page - 1]!,
    }),
  },
];

export const ARTICLE_LIST = { ours: articleListOurs, peer: articleListPeer };
