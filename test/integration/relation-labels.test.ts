/**
 * The incoming-relation statements trust the relation table: each incoming relationship type starts at
 * one label only, so they skip the label check. Held here against a graph the loaders wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { RELATIONS } from '../../resolvers/relations/relations.js';
import { openTestDatabase, testLogger } from '../support/database.js';

const db = openTestDatabase();
const incoming = [
  ...new Map(
    Object.values(RELATIONS)
      .filter((relation) => relation.direction === 'incoming')
      .map((relation) => [relation.type, relation.label]),
  ).entries(),
];

beforeAll(() => ingestSampleCorpus(db.executor, testLogger));
afterAll(() => db.close());

describe('incoming relations of the relation table', () => {
  it.each(incoming)(
    'when the loaders write %s relationships, then every one starts at a node labelled %s',
    async (type, label) => {
      const [row] = await db.executor.runRaw(
        'MATCH (n)-[r]->() WHERE type(r) = $type RETURN count(r) AS all, count(CASE WHEN NOT $label IN labels(n) THEN r END) AS other',
        { type, label },
        'READ',
      );

      expect(Number(row!.other)).toBe(0);
      // PART_OF is written only for organizations the gazetteer places under a parent; the others are in
      // every article of the sample.
      if (type !== 'PART_OF') expect(Number(row!.all)).toBeGreaterThan(0);
    },
  );
});
