/**
 * Round-trips and PROFILE per query, in this process: each query of the mix runs once through our schema
 * and once through the peer's, on a recording driver; the statements each ran are then PROFILEd. The raw
 * Cypher is one statement by construction.
 */
import { graphql } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { Executor } from '../../db/executor.js';
import { loadStatements } from '../../db/statements.js';
import type { Config } from '../../runtime/config.js';
import type { Logger } from '../../runtime/logger.js';
import { createContext } from '../../resolvers/context/context.js';
import { createApp } from '../../server/create-app.js';
import { createPeerSchema } from '../peer/peer-schema.js';
import type { Case } from '../query-mix/cases.js';
import { QUERIES, type GraphQLRequest, type PageCursors } from '../query-mix/queries.js';
import { benchmarkCypher } from './benchmark-cypher.js';
import { profileStatements, type Profile } from './profile-statements.js';
import { recordingDriver } from './recording-driver.js';

export type QueryProfiles = Record<string, { ours: Profile; neo4jGraphql: Profile; rawCypher: Profile }>;

function failOnErrors(target: string, query: string, errors: readonly { message: string }[] | undefined): void {
  if (errors?.length)
    throw new Error(`${target} answered ${query} with errors: ${errors.map((e) => e.message).join('; ')}`);
}

export async function profileQueries(
  driver: Driver,
  config: Config,
  logger: Logger,
  sample: Case,
  cursors: PageCursors,
): Promise<QueryProfiles> {
  const recorder = recordingDriver(driver);
  const executor = new Executor(recorder.driver, {
    database: config.neo4j?.database,
    timeoutMs: config.transactionTimeoutMs,
    logger,
    statements: loadStatements(),
  });
  const ours = await createApp({ ...config, production: true }, executor, logger);
  const peerSchema = await createPeerSchema(recorder.driver);
  const database = config.neo4j?.database;
  const profiles: QueryProfiles = {};
  try {
    for (const query of QUERIES) {
      const page = Math.min(1, cursors.ours.length);
      const oursRequest: GraphQLRequest = query.ours(sample, page, cursors);
      const contextValue = createContext(executor, false);
      const response = await ours.apollo.executeOperation(oursRequest, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      failOnErrors('our server', query.name, response.body.singleResult.errors);
      const oursProfile = await profileStatements(driver, recorder.take(), database);

      const peerRequest = query.peer(sample, page, cursors);
      const peer = await graphql({
        schema: peerSchema,
        source: peerRequest.query,
        variableValues: peerRequest.variables,
        contextValue: {},
      });
      // The peer's failures are findings, reported; ours fail the run.
      const peerStatements = recorder.take();
      const peerProfile: Profile = peer.errors?.length
        ? { statements: peerStatements.length, dbHits: 0, rows: 0, error: peer.errors.map((e) => e.message).join('; ') }
        : await profileStatements(driver, peerStatements, database);

      const raw = query.raw(sample, page, cursors);
      const rawProfile = await profileStatements(
        driver,
        [{ cypher: benchmarkCypher(raw.statement), params: raw.params }],
        database,
      );
      profiles[query.name] = { ours: oursProfile, neo4jGraphql: peerProfile, rawCypher: rawProfile };
    }
  } finally {
    await ours.stop();
  }
  return profiles;
}
