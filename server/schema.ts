import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { liveEvents } from '../live/event-hub.js';
import { resolvers } from '../resolvers/index.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

let built: Promise<GraphQLSchema> | undefined;

/** The schema is the same for every server in the process, so it is built once. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, pubSub: liveEvents });
  return built;
}

export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
