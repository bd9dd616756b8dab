import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../../db/connect.js';
import { startEmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import { parseExportRequest } from '../../export/export-request.js';
import { resolveScope } from '../../export/export-scope.js';
import { runExport } from '../../export/run-export.js';
import { memorySink } from '../../export/text-sink.js';
import { ingestDocument } from '../../loaders/ingest.js';
import { toGlobalId } from '../../resolvers/ids/global-id.js';
import { mayorArticle, uniqueName, uniqueSurname } from '../support/articles.js';
import { runBin } from '../support/bin-process.js';
import { openTestDatabase, testExecutor, testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';
import { neo4jAdminImport } from '../support/neo4j-admin-import.js';

const db = openTestDatabase();
const surname = uniqueSurname();
const outlet = uniqueName('export-outlet');
const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-export-'));
let personId: string;
let articleId: string;

async function exportOf(
  format: 'graphml' | 'jsonld' | 'ndjson',
  raw: { around?: string; hops?: string; since?: string },
) {
  const request = parseExportRequest({ format, ...raw });
  const sink = memorySink();
  const counts = await runExport(db.executor, await resolveScope(db.executor, request), format, { document: sink });
  return { text: sink.text(), counts };
}

beforeAll(async () => {
  const text = mayorArticle(surname);
  await ingestDocument(db.executor, {
    source: `${outlet}.txt`,
    text,
    title: `Mayor ${surname} resists`,
    outlet,
    date: '2031-05-04',
    url: `https://example.org/${outlet}`,
  });
  const [person] = await db.executor.runRaw(
    'MATCH (p:Person) WHERE p.name ENDS WITH $surname RETURN p.id AS id',
    { surname },
    'READ',
  );
  const [article] = await db.executor.runRaw(
    'MATCH (a:Article {outlet: $outlet}) RETURN a.id AS id',
    { outlet },
    'READ',
  );
  personId = person!.id as string;
  articleId = article!.id as string;
});

afterAll(async () => {
  await db.close();
  rmSync(work, { recursive: true, force: true });
});

describe('export', () => {
  it('when the whole graph is exported as CSV and loaded with neo4j-admin into a fresh database, then it holds the same nodes and relationships', async () => {
    const [source] = await db.executor.runRaw(
      'MATCH (n:Node) WITH count(n) AS nodes CALL () { MATCH (:Node)-[r]->(:Node) RETURN count(r) AS relationships } RETURN nodes, relationships',
      {},
      'READ',
    );
    const csvDir = path.join(work, 'csv');

    const run = runBin('export.ts', ['--format', 'csv', '--out', csvDir], {
      NEO4J_URI: inject('neo4jUri'),
      LOG_LEVEL: 'warn',
    });
    const exit = await run.exited;

    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stderr).toContain('neo4j-admin database import full');
    const header = readFileSync(path.join(csvDir, 'nodes.csv'), 'utf8').split('\n', 1)[0]!;
    expect(header).toMatch(/^id:ID,.*publishedAt:date.*,:LABEL$/);
    const relationshipHeader = readFileSync(path.join(csvDir, 'relationships.csv'), 'utf8').split('\n', 1)[0]!;
    expect(relationshipHeader.startsWith(':START_ID,:END_ID,:TYPE,')).toBe(true);
    // Numbers written from JavaScript are stored as floats: the header says what the store holds.
    expect(relationshipHeader.split(',')).toEqual(
      expect.arrayContaining([
        'confidence:double',
        'articleId:string',
        expect.stringMatching(/^starts:(long|double)\[\]$/),
      ]),
    );

    const home = path.join(work, 'fresh');
    neo4jAdminImport(home, csvDir);
    const fresh = await startEmbeddedNeo4j(
      { dataDir: home, boltPort: await freePort(), heap: '384m', pageCache: '64m', startTimeoutMs: 120_000 },
      testLogger,
    );
    const driver = createDriver(fresh.uri);
    try {
      const imported = testExecutor(driver);
      const [counts] = await imported.runRaw(
        'MATCH (n:Node) WITH count(n) AS nodes CALL () { MATCH (:Node)-[r]->(:Node) RETURN count(r) AS relationships } RETURN nodes, relationships',
        {},
        'READ',
      );
      expect(counts).toEqual(source);
      // Types survive: a date is a date, a list a list, a count a number.
      const [article] = await imported.runRaw(
        'MATCH (a:Article {id: $id})-[m:MENTIONS]->(:Person) RETURN a.publishedAt AS date, m.starts AS starts, m.count AS count',
        { id: articleId },
        'READ',
      );
      expect(article).toEqual({
        date: '2031-05-04',
        starts: expect.arrayContaining([expect.any(Number)]),
        count: expect.any(Number),
      });
    } finally {
      await driver.close();
      await fresh.stop();
    }
  }, 300_000);

  it("when a person's neighbourhood is exported as GraphML, then every node has a label and kind, and edges carry a label and weight", async () => {
    const { text, counts } = await exportOf('graphml', { around: toGlobalId('Person', personId), hops: '1' });

    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
    expect(text.trimEnd().endsWith('</graphml>')).toBe(true);
    expect(text).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
    expect(text).toContain('<key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(text).toContain(
      `<node id="${personId}"><data key="label">Elena ${surname}</data><data key="kind">Person</data>`,
    );
    expect(text).toMatch(
      new RegExp(
        `<edge source="${articleId}" target="${personId}"><data key="edgelabel">MENTIONS</data><data key="weight">\\d+</data>`,
      ),
    );
    // The neighbourhood is the person, the article that mentions them and the quote they said.
    expect(counts.nodes).toBe((text.match(/<node /g) ?? []).length);
    expect(text).toMatch(/<data key="kind">Quote<\/data>/);
    expect(text).not.toContain('Body of');
  });

  it('when an article is exported as JSON-LD, then it is a schema.org NewsArticle linked to a Person and a Quotation', async () => {
    const { text } = await exportOf('jsonld', { around: articleId, hops: '1' });
    const document = JSON.parse(text) as { '@context': unknown; '@graph': Record<string, unknown>[] };

    expect(document['@context']).toEqual({ '@vocab': 'https://schema.org/' });
    const byId = (id: string) => document['@graph'].filter((item) => item['@id'] === `urn:newsgraph:${id}`);
    expect(byId(articleId)[0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: `Mayor ${surname} resists`,
      datePublished: '2031-05-04',
      publisher: { name: outlet },
    });
    expect(byId(personId)[0]).toMatchObject({ '@type': 'Person', name: `Elena ${surname}` });
    expect(byId(articleId)).toContainEqual({
      '@id': `urn:newsgraph:${articleId}`,
      mentions: { '@id': `urn:newsgraph:${personId}` },
    });
    const quotation = document['@graph'].find((item) => item['@type'] === 'Quotation');
    expect(quotation?.text).toContain('We will not cooperate');
    expect(document['@graph']).toContainEqual({
      '@id': quotation!['@id'],
      creator: { '@id': `urn:newsgraph:${personId}` },
    });
  });

  it('when articles since a date are exported as NDJSON, then each line is an article in the extraction shape', async () => {
    const { text, counts } = await exportOf('ndjson', { since: '2031-05-04' });
    const lines = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);

    const mine = lines.find((line) => (line.article as { outlet: string }).outlet === outlet);
    expect(counts.articles).toBe(lines.length);
    expect(
      lines.every(
        (line) =>
          (line.article as { date: string | null }).date === null ||
          (line.article as { date: string }).date >= '2031-05-04',
      ),
    ).toBe(true);
    expect(mine).toMatchObject({
      source: `${outlet}.txt`,
      article: { title: `Mayor ${surname} resists`, date: '2031-05-04', url: `https://example.org/${outlet}` },
      people: expect.arrayContaining([
        expect.objectContaining({
          name: `Elena ${surname}`,
          mentions: expect.arrayContaining([`Elena ${surname}`]),
          roles: expect.arrayContaining(['Mayor']),
        }),
      ]),
      quotes: [
        expect.objectContaining({
          kind: 'direct',
          speaker: `Elena ${surname}`,
          speakerKind: 'person',
          text: expect.stringContaining('We will not cooperate'),
        }),
      ],
      claims: expect.arrayContaining([
        expect.objectContaining({
          kind: 'indirect',
          speaker: 'U.S. Immigration and Customs Enforcement',
          speakerKind: 'organization',
        }),
      ]),
    });
    expect(mine!.statistics).toContainEqual(expect.objectContaining({ value: 1200, qualifier: 'more than' }));
  });

  it('when the options are wrong, then the error names the option and what it expects', async () => {
    expect(() => parseExportRequest({ format: 'xlsx' })).toThrow(
      'format: expected one of graphml, csv, jsonld, ndjson, got "xlsx"',
    );
    expect(() => parseExportRequest({ format: 'csv', since: '5 May' })).toThrow(
      'since: expected a date as YYYY-MM-DD, got "5 May"',
    );
    expect(() => parseExportRequest({ format: 'csv', around: 'x', hops: '9' })).toThrow(
      'hops: expected an integer from 1 to 3, got "9"',
    );
    await expect(
      resolveScope(db.executor, parseExportRequest({ format: 'csv', around: 'person:nobody-at-all' })),
    ).rejects.toThrow('around: no node with id "person:nobody-at-all"');
    const run = runBin('export.ts', ['--format', 'csv'], {});
    const exit = await run.exited;
    expect(exit.code).toBe(2);
    expect(exit.stderr).toContain('--out: CSV is two files');
  });
});
