/** The peer's executable schema: @neo4j/graphql over `type-defs.graphql`, on the driver it is given. */
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

const TYPE_DEFS = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');

export function createPeerSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
}
