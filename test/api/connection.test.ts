import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { uniqueWord, writeQuotes } from '../support/quotes.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
const ids = { fahey: '', sessions: '', dhs: '', ice: '' };

const CONNECTION = `
  query Connection($from: ID!, $to: ID!, $maxHops: Int) {
    connection(from: $from, to: $to, maxHops: $maxHops) {
      text length throughArticles
      nodes { id }
      steps { relation type from { id } to { id } }
    }
  }`;

type Path = {
  text: string;
  length: number;
  throughArticles: boolean;
  nodes: { id: string }[];
  steps: { relation: string; type: string; from: { id: string }; to: { id: string } }[];
};

async function connection(from: string, to: string, maxHops?: number): Promise<Path[]> {
  const result = await server.execute(CONNECTION, { from, to, maxHops });
  expect(result.errors).toBeUndefined();
  return (result.data as { connection: Path[] }).connection;
}

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  server = await startTestServer(db.executor);
  const found = await server.execute(`{
    fahey: person(name: "Fahey") { id }
    sessions: person(name: "Sessions") { id }
    dhs: organization(name: "DHS") { id }
    ice: organization(name: "ICE") { id }
  }`);
  expect(found.errors).toBeUndefined();
  for (const key of Object.keys(ids) as (keyof typeof ids)[])
    ids[key] = (found.data as Record<string, { id: string }>)[key]!.id;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('connection', () => {
  it('when Fahey and DHS are asked, then a path reads through his ICE role and ICE being part of DHS', async () => {
    const paths = await connection(ids.fahey, ids.dhs);

    const throughIce = paths.find(
      (path) => path.nodes.map((node) => node.id).join() === [ids.fahey, ids.ice, ids.dhs].join(),
    );
    expect(throughIce?.text).toMatch(
      /^Jonathan Fahey — (former )?acting ICE director of — U\.S\. Immigration and Customs Enforcement — part of — U\.S\. Department of Homeland Security$/,
    );
    expect(throughIce!.steps.map((step) => step.type)).toEqual(['HOLDS_ROLE', 'PART_OF']);
    expect(throughIce!.steps[0]!.from.id).toBe(ids.fahey);
    expect(throughIce!.steps[1]!.to.id).toBe(ids.dhs);
    expect([throughIce!.length, throughIce!.throughArticles]).toEqual([2, false]);
    for (const path of paths) expect(path.length).toBe(2);
  });

  it('when the same two are asked the other way round, then the path reads backwards from DHS', async () => {
    const [path] = await connection(ids.dhs, ids.fahey);

    expect(path!.text).toMatch(
      /^U\.S\. Department of Homeland Security — includes — U\.S\. Immigration and Customs Enforcement — has (former )?acting ICE director — Jonathan Fahey$/,
    );
  });

  it('when only an article links two people, then the path goes through it: mentioned in, then mentions', async () => {
    const [alice, bob] = [`Alice ${uniqueWord('P')}`, `Bob ${uniqueWord('P')}`];
    const doc = await writeQuotes(db.executor, uniqueWord('connection-'), [
      { speaker: alice, text: 'We met once.' },
      { speaker: bob, text: 'We never met.' },
    ]);
    const found = await server.execute(
      `query($a: String!, $b: String!) { a: person(name: $a) { id } b: person(name: $b) { id } }`,
      { a: alice, b: bob },
    );
    const { a, b } = found.data as Record<'a' | 'b', { id: string }>;

    const paths = await connection(a.id, b.id);

    expect(paths.map((path) => [path.text, path.throughArticles])).toEqual([
      [`${alice} — mentioned in — ${doc.title} — mentions — ${bob}`, true],
    ]);
  });

  it('when Fahey and Sessions are asked, then each path runs from one to the other within the hop limit, with no repeats', async () => {
    const paths = await connection(ids.fahey, ids.sessions);

    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(5);
    for (const path of paths) {
      expect(path.length).toBeLessThanOrEqual(4);
      expect(path.text.startsWith('Jonathan Fahey — ')).toBe(true);
      expect(path.text.endsWith(' — Jeff Sessions')).toBe(true);
      expect(path.steps).toHaveLength(path.length);
      if (path.throughArticles) expect(path.steps.map((step) => step.type)).toContain('MENTIONS');
    }
    expect(new Set(paths.map((path) => path.text)).size).toBe(paths.length);
  });

  it('when maxHops is shorter than any path, then there is no path', async () => {
    expect(await connection(ids.fahey, ids.dhs, 1)).toEqual([]);
  });

  it.each([0, 7])('when maxHops is %i, then the error is BAD_USER_INPUT', async (maxHops) => {
    const result = await server.execute(CONNECTION, { from: ids.fahey, to: ids.dhs, maxHops });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when from and to are the same node, then the error is BAD_USER_INPUT', async () => {
    const result = await server.execute(CONNECTION, { from: ids.fahey, to: ids.fahey });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when a node does not exist, then the error is NOT_FOUND', async () => {
    const ghost = Buffer.from('Person:person:nobody-at-all', 'utf8').toString('base64url');
    const result = await server.execute(CONNECTION, { from: ids.fahey, to: ghost });

    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
