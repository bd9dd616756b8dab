import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../loaders/ingest.js';
import { toGlobalId } from '../../resolvers/ids/global-id.js';
import { mayorArticle, uniqueName, uniqueSurname } from '../support/articles.js';
import { openTestDatabase } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
const surname = uniqueSurname();
let server: Awaited<ReturnType<typeof startTestServer>>;
let url: string;
let person: string;

beforeAll(async () => {
  await ingestDocument(db.executor, { source: `${uniqueName('export-http')}.txt`, text: mayorArticle(surname) });
  const [row] = await db.executor.runRaw(
    'MATCH (p:Person) WHERE p.name ENDS WITH $surname RETURN p.id AS id',
    { surname },
    'READ',
  );
  person = toGlobalId('Person', row!.id as string);
  server = await startTestServer(db.executor);
  url = await server.listen();
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('GET /export', () => {
  it("when a person's neighbourhood is asked as CSV, then the nodes and the links come as two downloads in the import format", async () => {
    const nodes = await fetch(`${url}/export?format=csv&around=${person}&hops=1`);
    const links = await fetch(`${url}/export?format=csv&around=${person}&hops=1&part=relationships`);

    expect(nodes.status).toBe(200);
    expect(nodes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(nodes.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?newsgraph-around-person_.*-1-nodes\.csv"?$/,
    );
    const nodeLines = (await nodes.text()).trim().split('\n');
    expect(nodeLines[0]).toMatch(/^id:ID,.*,:LABEL$/);
    expect(nodeLines.some((line) => line.includes(`Elena ${surname}`) && line.endsWith('Person;Node'))).toBe(true);
    const linkLines = (await links.text()).trim().split('\n');
    expect(linkLines[0]).toMatch(/^:START_ID,:END_ID,:TYPE/);
    expect(linkLines.some((line) => line.includes(',SAID_BY,'))).toBe(true);
  });

  it('when GraphML is asked, then it is served as GraphML to download', async () => {
    const response = await fetch(`${url}/export?format=graphml&around=${person}`);

    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(await response.text()).toContain(`<data key="label">Elena ${surname}</data>`);
  });

  it('when the request is wrong, then it is refused with a status and a message that says what was wrong', async () => {
    const cases: [string, number, string][] = [
      ['format=xlsx&around=x', 400, 'format: expected one of graphml, csv, jsonld, ndjson, got "xlsx"'],
      [
        'format=csv',
        400,
        'around or since: a download is a part of the graph; export the whole graph with npm run export',
      ],
      ['format=csv&around=person:nobody-here', 404, 'around: no node with id "person:nobody-here"'],
      [`format=graphml&around=${person}&part=nodes`, 400, 'part: only CSV has parts (nodes, relationships)'],
      [`format=csv&around=${person}&hops=7`, 400, 'hops: expected an integer from 1 to 3, got "7"'],
    ];
    for (const [query, status, error] of cases) {
      const response = await fetch(`${url}/export?${query}`);
      expect(response.status, query).toBe(status);
      expect(await response.json(), query).toEqual({ error });
    }
  });
});
