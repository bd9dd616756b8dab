import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../loaders/ingest.js';
import { ingestSampleCorpus, SAMPLE_CORPUS_DIR } from '../../loaders/ingest-sample-corpus.js';
import { openTestDatabase, testLogger } from '../support/database.js';

const db = openTestDatabase();
beforeAll(() => ingestSampleCorpus(db.executor, testLogger));
afterAll(() => db.close());

async function graphCounts() {
  const [row] = await db.executor.runRaw(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    {},
    'READ',
  );
  return row;
}

describe('the sample corpus in the graph', () => {
  it('when the corpus is loaded, then Sessions is one person with both of his articles', async () => {
    const people = await db.executor.runRaw(
      `MATCH (p:Person) WHERE toLower(p.name) CONTAINS 'sessions'
       RETURN p.name AS name, p.aliases AS aliases, COLLECT { MATCH (p)<-[:MENTIONS]-(a:Article) RETURN a.title ORDER BY a.title } AS articles`,
      {},
      'READ',
    );

    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe('Jeff Sessions');
    expect(people[0]?.aliases).toEqual(expect.arrayContaining(['Sessions']));
    expect(people[0]?.articles).toEqual([
      'Sessions Directs Prosecutors to Focus on Immigration Crimes',
      'The Spike in Immigration Prosecutions Is Causing Other Crimes to Go Unpunished',
    ]);
  });

  it("when Sessions' quotes are read, then each is SAID_BY him and its offsets slice to the quoted words", async () => {
    const quotes = await db.executor.runRaw(
      `MATCH (q:Quote)-[:SAID_BY]->(:Person {name: 'Jeff Sessions'}) WHERE q.kind <> 'indirect'
       MATCH (a:Article)-[c:CONTAINS]->(q)
       RETURN q.text AS text, substring(a.text, c.start, c.end - c.start) AS slice`,
      {},
      'READ',
    );

    expect(quotes.length).toBe(4);
    for (const quote of quotes) expect(quote.slice).toBe(quote.text);
    expect(quotes.map((q) => q.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('This is a new era. This is the Trump era')]),
    );
  });

  it("when Fahey's quotes are read, then both are his, with offsets pointing at the quoted words", async () => {
    const quotes = await db.executor.runRaw(
      `MATCH (q:Quote)-[:SAID_BY]->(p:Person) WHERE p.name ENDS WITH 'Fahey'
       MATCH (a:Article)-[c:CONTAINS]->(q)
       RETURN p.name AS speaker, q.text AS text, c.start AS start, c.end AS end, substring(a.text, c.start, c.end - c.start) AS slice
       ORDER BY start`,
      {},
      'READ',
    );

    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker)).toEqual(['Jonathan Fahey', 'Jonathan Fahey']);
    expect(quotes[0]?.slice).toMatch(/^They’re a great way to get a conviction/);
    expect(quotes[1]?.slice).toMatch(/^It’s not just about numbers — it’s about restoring the rule of law/);
    for (const quote of quotes) expect(quote.slice).toBe(quote.text);
  });

  it('when the 6,200 figure is read, then it is one claim cited by the two articles that report it', async () => {
    const figures = await db.executor.runRaw(
      `MATCH (s:Statistic {value: 6200.0}) RETURN s.id AS id, COLLECT { MATCH (s)<-[:CONTAINS]-(a:Article) RETURN a.source ORDER BY a.source } AS sources`,
      {},
      'READ',
    );

    expect(figures).toHaveLength(1);
    expect((figures[0]?.sources as string[]).map((source) => path.basename(source))).toEqual([
      '000_f43147745e656d34.txt',
      '001_9284e3312a4bfe85.txt',
    ]);
  });

  it('when ICE is read, then it is an agency, part of DHS', async () => {
    const [ice] = await db.executor.runRaw(
      `MATCH (o:Organization {acronym: 'ICE'}) OPTIONAL MATCH (o)-[:PART_OF]->(parent) RETURN o.kind AS kind, parent.name AS parent`,
      {},
      'READ',
    );

    expect(ice).toEqual({ kind: 'agency', parent: 'U.S. Department of Homeland Security' });
  });

  it('when the corpus is loaded a second time, then node and relationship counts are unchanged', async () => {
    const before = await graphCounts();

    const summary = await ingestSampleCorpus(db.executor, testLogger);

    expect(summary.articles).toEqual({ new: 0, unchanged: 5, updated: 0, failed: 0 });
    expect(await graphCounts()).toEqual(before);
  });

  it('when a corrupted file is among good ones, then it fails alone with its reason and the others load', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-batch-'));
    copyFileSync(path.join(SAMPLE_CORPUS_DIR, '000_f43147745e656d34.txt'), path.join(dir, 'good.txt'));
    writeFileSync(
      path.join(dir, 'corrupt.txt'),
      Buffer.from([0x54, 0x68, 0x65, 0x20, 0xff, 0xfe, 0x20, 0x65, 0x6e, 0x64]),
    );
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const before = await graphCounts();

    const summary = await ingest(db.executor, [dir], testLogger);

    expect(summary.articles).toEqual({ new: 0, unchanged: 1, updated: 0, failed: 2 });
    expect(summary.failures.map((f) => [path.basename(f.source), f.reason]).sort()).toEqual([
      ['corrupt.txt', 'invalid_utf8'],
      ['empty.txt', 'empty'],
    ]);
    // The good file is the sample article already stored under another name: "unchanged" apart from its source.
    expect(await graphCounts()).toEqual(before);
  });
});
