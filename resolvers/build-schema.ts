import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { liveEvents } from '../live/event-hub.js';
import { resolvers } from './all-resolvers.js';
import { projectPath } from '../runtime/project-files.js';

export const SCHEMA_FILE = projectPath('schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The schema is the same for every server in the process, so it is built once. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, pubSub: liveEvents }).then(describeRoots);
  return built;
}

/** type-graphql has no place for the root types' own descriptions; GraphiQL's docs pane opens on them. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query)
    query.description =
      'Reads: lookups by id or name (null when nothing is found), filtered and sorted lists (Relay connections), search, who said what, how two nodes connect, counts. No key needed.';
  if (mutation)
    mutation.description =
      'Writes to the graph. Each needs an API key (`Authorization: Bearer <key>` or `x-api-key`) and is idempotent: repeating it changes nothing more.';
  if (subscription)
    subscription.description =
      'Events over WebSocket (graphql-ws protocol, on /graphql), each delivered once, after the write it reports is committed.';
  return schema;
}

export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
