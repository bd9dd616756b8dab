import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { createContext } from '../../resolvers/context/context.js';
import { readExamples } from '../../server/playground.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;

/** Every operation of every saved example: a file may hold several (look ids up, then use them). */
const operations = readExamples().flatMap((example) =>
  parse(example.query)
    .definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )
    .map((operation) => ({
      title: `${example.name}: ${operation.name?.value ?? 'anonymous'}`,
      query: example.query,
      operationName: operation.name?.value,
      variables: example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : {},
    })),
);

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('examples/', () => {
  it('when the examples are read, then there are saved queries for each analyst question', () => {
    const queries = readExamples()
      .map((example) => example.query)
      .join('\n');

    for (const field of [
      'search(',
      'whoSaid(',
      'connection(',
      'neighborhood(',
      'stats',
      'person(name: "Sessions")',
      'statistics(valueMin: 6200',
      'organization(name: "ICE")',
    ]) {
      expect(queries, field).toContain(field);
    }
  });

  it.each(operations)(
    'when "$title" runs against the sample corpus, then it answers without errors, with data',
    async ({ query, operationName, variables }) => {
      const response = await server.apollo.executeOperation(
        { query, operationName, variables },
        { contextValue: createContext(db.executor, false) },
      );

      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      expect(errors).toBeUndefined();
      for (const [field, value] of Object.entries(data ?? {})) {
        expect(value, field).not.toBeNull();
        if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
      }
    },
  );
});
