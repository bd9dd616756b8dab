import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;

const STATS = `{ stats { articles people organizations agencies places policies statistics quotes claims anonymousSources relationships } }`;

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('stats', () => {
  it('when stats are asked, then each count equals the count of the graph itself, in one round-trip', async () => {
    const result = await server.execute(STATS);
    const [expected] = await db.executor.runRaw(
      `CALL () { MATCH (n:Article) RETURN count(n) AS articles }
       CALL () { MATCH (n:Person) RETURN count(n) AS people }
       CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
       CALL () { MATCH (n:Organization {kind: 'agency'}) RETURN count(n) AS agencies }
       CALL () { MATCH (n:Place) RETURN count(n) AS places }
       CALL () { MATCH (n:Policy) RETURN count(n) AS policies }
       CALL () { MATCH (n:Statistic) RETURN count(n) AS statistics }
       CALL () { MATCH (n:Quote) WHERE n.kind <> 'indirect' RETURN count(n) AS quotes }
       CALL () { MATCH (n:Quote {kind: 'indirect'}) RETURN count(n) AS claims }
       CALL () { MATCH (n:AnonymousSource) RETURN count(n) AS anonymousSources }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       RETURN *`,
      {},
      'READ',
    );

    expect(result.errors).toBeUndefined();
    expect((result.data as { stats: unknown }).stats).toEqual(expected);
    expect(result.roundTrips).toBe(1);
  });

  it('when the sample corpus is loaded, then the counts show it: five articles or more, people, agencies, quotes and claims', async () => {
    const result = await server.execute(STATS);
    const stats = (result.data as { stats: Record<string, number> }).stats;

    expect(stats.articles).toBeGreaterThanOrEqual(5);
    for (const key of ['people', 'agencies', 'statistics', 'quotes', 'claims', 'anonymousSources', 'relationships'])
      expect(stats[key], key).toBeGreaterThan(0);
    expect(stats.organizations).toBeGreaterThanOrEqual(stats.agencies!);
  });
});
