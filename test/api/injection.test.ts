/**
 * Cypher injection: hostile strings through every String and ID argument of the schema, found by walking
 * the schema (so a new argument is covered without editing this file). Values only ever reach Cypher as
 * parameters; these tests hold the API to it: the graph is unchanged (counts, ids, labels, types and a
 * checksum of every property), and errors are BAD_USER_INPUT or NOT_FOUND, never INTERNAL_SERVER_ERROR.
 */
import { createHash } from 'node:crypto';
import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { NODE_TYPES, toGlobalId } from '../../resolvers/ids/global-id.js';
import { encodeCursor } from '../../resolvers/paging/paginate.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { mayorArticle, uniqueSurname } from '../support/articles.js';
import { createSchema } from '../../resolvers/build-schema.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
let schema: GraphQLSchema;

const PAYLOADS = [
  `'`,
  `"`,
  '`',
  '//',
  `'}) DETACH DELETE n //`,
  `"}) DETACH DELETE n //`,
  '`}) DETACH DELETE n //',
  'MATCH (n) DETACH DELETE n',
  `x' OR 1=1 WITH n MATCH (m) DETACH DELETE m //`,
  '\u0000',
  'a\u0000b',
  'Person:Admin',
  '`Person`',
  'Person`) DETACH DELETE n //',
  '$id',
  '{id}',
  '*',
  '.*',
  '\\',
  'CALL db.labels()',
];

/** Hostile global ids: the payload as a key of every kind, and label tricks in the kind itself. */
function idVariants(payload: string): string[] {
  return [
    payload,
    toGlobalId('Person', payload),
    toGlobalId('Article', payload),
    toGlobalId('Organization', payload),
    Buffer.from(`Person:Admin:${payload}`).toString('base64url'),
    Buffer.from(`\`Person\`:${payload}`).toString('base64url'),
    Buffer.from(`${payload}:x`).toString('base64url'),
  ];
}

interface Snapshot {
  nodes: number;
  relationships: number;
  labels: string[];
  /** Element ids, labels and relationship types. */
  structure: string;
  /** Every property of every node and relationship. */
  properties: string;
}

/** The change log (cypher/live/) records that a write happened; the graph compared is everything else. */
async function snapshot(): Promise<Snapshot> {
  const [nodes] = await db.executor.runRaw(
    'MATCH (n) WHERE NOT n:Change AND NOT n:ChangeCounter WITH n ORDER BY elementId(n) RETURN count(n) AS count, collect([elementId(n), labels(n)]) AS structure, collect(properties(n)) AS properties',
    {},
    'READ',
  );
  const [relationships] = await db.executor.runRaw(
    'MATCH ()-[r]->() WITH r ORDER BY elementId(r) RETURN count(r) AS count, collect([elementId(r), type(r), elementId(startNode(r)), elementId(endNode(r))]) AS structure, collect(properties(r)) AS properties',
    {},
    'READ',
  );
  const [labels] = await db.executor.runRaw('CALL db.labels() YIELD label RETURN collect(label) AS labels', {}, 'READ');
  const hash = (value: unknown) =>
    createHash('sha256')
      .update(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)))
      .digest('hex');
  return {
    nodes: Number(nodes?.count),
    relationships: Number(relationships?.count),
    labels: [...((labels?.labels as string[]) ?? [])].sort(),
    structure: hash([nodes?.structure, relationships?.structure]),
    properties: hash([nodes?.properties, relationships?.properties]),
  };
}

const isStringLike = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name);
const isIdType = (type: GraphQLInputType) => getNamedType(type).name === 'ID';

/** One real global id of every Node type, from the sample corpus. */
const realIds = new Map<string, string>();

async function collectRealIds() {
  for (const type of NODE_TYPES) {
    const [row] = await db.executor.runRaw(
      `MATCH (n:${type}) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY n.id LIMIT 1`,
      {},
      'READ',
    );
    if (row?.id) realIds.set(type, toGlobalId(type, String(row.id)));
  }
}

/** A valid value for a required argument that is not under test. */
function validValue(arg: GraphQLArgument, parent: string, field: string): unknown {
  const named = getNamedType(arg.type).name;
  if (named === 'ID') {
    const id = realIds.get('Person') ?? realIds.values().next().value;
    return isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? [id] : id;
  }
  if (named === 'String') return field === 'search' || field === 'whoSaid' ? 'immigration' : 'x';
  throw new Error(`no valid value for ${parent}.${field}(${arg.name}: ${String(arg.type)})`);
}

interface Case {
  title: string;
  query: string;
  variables: Record<string, unknown>;
  mutation: boolean;
}

/** Wraps a field of a Node type so that it is reached through `node(id:)` on a real node of that type. */
function reach(parent: GraphQLObjectType, selection: string): string | undefined {
  if (parent === schema.getQueryType() || parent === schema.getMutationType()) return selection;
  const id = realIds.get(parent.name);
  if (!id) return undefined;
  return `node(id: ${JSON.stringify(id)}) { ... on ${parent.name} { ${selection} } }`;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = type.getFields();
  if ('id' in fields) return '{ id }';
  if ('totalCount' in fields) return '{ totalCount }';
  if ('article' in fields) return '{ article { id } }';
  if ('nodes' in fields) return '{ nodes { id } }';
  if ('count' in fields) return '{ count }';
  return '{ __typename }';
}

/** Every (field, String/ID argument) pair of the schema, reachable from Query or Mutation, with its payload variants. */
function cases(payload: string): { uncovered: string[]; list: Case[] } {
  const list: Case[] = [];
  const uncovered: string[] = [];
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((type): type is GraphQLObjectType =>
    Boolean(type),
  );
  // Subscriptions run over WebSocket, not `executeOperation`: test/api/subscriptions.test.ts sends them.
  const parents = [
    ...roots,
    ...Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType =>
        isObjectType(type) &&
        !type.name.startsWith('__') &&
        !roots.includes(type) &&
        type !== schema.getSubscriptionType(),
    ),
  ];
  for (const parent of parents) {
    const mutation = parent === schema.getMutationType();
    for (const field of Object.values(parent.getFields())) {
      for (const arg of field.args) {
        if (isInputObjectType(getNamedType(arg.type))) continue; // ArticleInput: its own test below
        if (!isStringLike(arg.type)) continue;
        const sortDefault = field.args.find((other) => other.name === 'sort')?.defaultValue;
        const values = isIdType(arg.type)
          ? idVariants(payload)
          : ['after', 'before'].includes(arg.name)
            ? [
                payload,
                encodeCursor(payload, payload, payload),
                ...(typeof sortDefault === 'string' ? [encodeCursor(sortDefault, payload, payload)] : []),
              ]
            : [payload];
        for (const [index, value] of values.entries()) {
          const variables: Record<string, unknown> = {};
          const definitions: string[] = [];
          const passed: string[] = [];
          for (const other of field.args) {
            if (other === arg) {
              const list = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
              variables.v = list ? [value] : value;
              definitions.push(`$v: ${String(arg.type)}`);
              passed.push(`${arg.name}: $v`);
            } else if (isNonNullType(other.type) && other.defaultValue === undefined) {
              variables[`o_${other.name}`] =
                mutation && other.name === 'id' && field.name === 'addAlias'
                  ? aliasTarget
                  : validValue(other, parent.name, field.name);
              definitions.push(`$o_${other.name}: ${String(other.type)}`);
              passed.push(`${other.name}: $o_${other.name}`);
            }
          }
          if (field.name === 'addAlias' && !aliasTarget) continue;
          const selection = reach(parent, `${field.name}(${passed.join(', ')}) ${selectionFor(field)}`);
          if (!selection) {
            uncovered.push(`${parent.name}.${field.name}(${arg.name})`);
            continue;
          }
          list.push({
            title: `${parent.name}.${field.name}(${arg.name}) #${index}`,
            query: `${mutation ? 'mutation' : 'query'}(${definitions.join(', ')}) { ${selection} }`,
            variables,
            mutation,
          });
        }
      }
    }
  }
  return { uncovered: [...new Set(uncovered)], list };
}

let aliasTarget: string | undefined;
let aliasArticle: string | undefined;
let aliasOriginal: { id: string; aliases: unknown; aliasText: unknown } | undefined;
let before: Snapshot;

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  server = await startTestServer(db.executor, { API_KEYS: 'injection-test-key' });
  schema = await createSchema();
  await collectRealIds();
  // addAlias really writes: it gets a person of its own, from an article this file loads (and deletes).
  const surname = uniqueSurname();
  const ingested = await server.execute(
    'mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id people(first: 5) { edges { node { id name } } } } } }',
    { input: { text: mayorArticle(surname) } },
    true,
  );
  expect(ingested.errors).toBeUndefined();
  const article = (
    ingested.data as {
      ingestArticle: { article: { id: string; people: { edges: { node: { id: string; name: string } }[] } } };
    }
  ).ingestArticle.article;
  aliasArticle = article.id;
  aliasTarget = article.people.edges.find((edge) => edge.node.name.includes(surname))?.node.id;
  const graphId = Buffer.from(aliasTarget ?? '', 'base64url')
    .toString('utf8')
    .replace(/^Person:/, '');
  const [original] = await db.executor.runRaw(
    'MATCH (n:Person {id: $id}) RETURN n.aliases AS aliases, n.aliasText AS aliasText',
    { id: graphId },
    'READ',
  );
  aliasOriginal = { id: graphId, aliases: original?.aliases ?? null, aliasText: original?.aliasText ?? null };
  before = await snapshot();
});
afterAll(async () => {
  if (aliasArticle) await server.execute('mutation($id: ID!) { deleteArticle(id: $id) }', { id: aliasArticle }, true);
  await server.close();
  await db.close();
});

const ALLOWED = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

describe('hostile strings through every String and ID argument', () => {
  it('when the schema is walked, then every field with a String or ID argument is reachable, and there are many of them', () => {
    const { uncovered, list } = cases('x');

    expect(uncovered).toEqual([]);
    expect(new Set(list.map((item) => item.title.replace(/ #\d+$/, ''))).size).toBeGreaterThanOrEqual(40);
    for (const expected of [
      'Query.person(name)',
      'Query.search(query)',
      'Query.whoSaid(about)',
      'Query.people(nameContains)',
      'Query.articles(outlet)',
      'Mutation.addAlias(alias)',
      'Person.quotes(after)',
    ]) {
      expect(list.map((item) => item.title.replace(/ #\d+$/, ''))).toContain(expected);
    }
  });

  it.each(PAYLOADS.map((payload) => [JSON.stringify(payload), payload]))(
    'when %s is sent through every argument, then the graph is unchanged and errors are BAD_USER_INPUT or NOT_FOUND',
    async (_name, payload) => {
      const { list } = cases(payload);
      const unexpected: string[] = [];
      const run = async (item: Case) => {
        const result = await server.execute(item.query, item.variables, item.mutation);
        for (const error of result.errors ?? []) {
          const code = String(error.extensions?.code);
          if (!ALLOWED.has(code)) unexpected.push(`${item.title}: ${code} ${error.message}`);
        }
        return result;
      };
      // Queries a few at a time (they only read); mutations one by one.
      const reads = list.filter((item) => !item.mutation);
      for (let start = 0; start < reads.length; start += 8) await Promise.all(reads.slice(start, start + 8).map(run));
      for (const item of list.filter((entry) => entry.mutation)) {
        const result = await run(item);
        if (item.title.startsWith('Mutation.addAlias') && !result.errors) {
          const aliases = await server.execute('query($id: ID!) { node(id: $id) { ... on Person { aliases } } }', {
            id: aliasTarget,
          });
          expect((aliases.data as { node: { aliases: string[] } }).node.aliases, item.title).toContain(payload.trim());
          await db.executor.runRaw(
            'MATCH (n:Person {id: $id}) SET n.aliases = $aliases, n.aliasText = $aliasText',
            aliasOriginal,
            'WRITE',
          );
        }
      }
      expect(unexpected).toEqual([]);

      // addAlias stores the payload as an alias (data, as intended, checked above) and is undone after each call.
      expect(await snapshot()).toEqual(before);
      // The first payloads plan every statement afresh (Neo4j's plan cache is cold): minutes on a loaded machine.
    },
    240_000,
  );

  it('when hostile strings are the fields of an ingested article, then they are stored verbatim and deleting the article restores the graph', async () => {
    const start = await snapshot();
    for (const payload of PAYLOADS.filter((value) => !value.includes('\u0000'))) {
      const input = {
        text: mayorArticle(uniqueSurname()),
        title: `T ${payload}`,
        outlet: payload,
        author: payload,
        source: payload,
      };
      const result = await server.execute(
        'mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id title outlet author } } }',
        { input },
        true,
      );
      for (const error of result.errors ?? [])
        expect(ALLOWED.has(String(error.extensions?.code)), error.message).toBe(true);
      if (result.errors) continue;
      const article = (
        result.data as { ingestArticle: { article: { id: string; title: string; outlet: string; author: string } } }
      ).ingestArticle.article;
      expect(article.outlet.trim()).toBe(payload.trim());
      expect((await snapshot()).labels).toEqual(start.labels);
      const deleted = await server.execute('mutation($id: ID!) { deleteArticle(id: $id) }', { id: article.id }, true);
      expect(deleted.errors).toBeUndefined();
    }
    const end = await snapshot();
    expect([end.nodes, end.relationships, end.labels]).toEqual([start.nodes, start.relationships, start.labels]);
  });
});
