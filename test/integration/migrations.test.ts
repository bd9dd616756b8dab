import { afterAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../db/migrate.js';
import { listApplied } from '../../db/statements/migrations.js';
import { openTestDatabase, testLogger } from '../support/database.js';

const db = openTestDatabase();
afterAll(() => db.close());

describe('migrations', () => {
  it('when the migrations run again, then nothing is applied and each constraint is listed once', async () => {
    // Global setup already migrated this database.
    const applied = await migrate(db.executor, testLogger);
    await migrate(db.executor, testLogger);

    expect(applied).toEqual([]);
    const constraints = await db.executor.runRaw('SHOW CONSTRAINTS YIELD name RETURN name', {}, 'READ');
    const names = constraints.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['article_id', 'person_id', 'organization_id', 'node_id', 'quote_id', 'statistic_id']),
    );
  });

  it('when the graph is migrated, then every migration file is recorded once with its checksum', async () => {
    const rows = await db.executor.read(listApplied, {});

    expect(rows).toEqual(readMigrations().map((m) => ({ id: m.id, checksum: m.checksum })));
  });

  it('when the full-text index exists, then it covers names, aliases, quote text and article titles', async () => {
    const [index] = await db.executor.runRaw(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = 'search' RETURN labelsOrTypes, properties",
      {},
      'READ',
    );

    expect(index?.labelsOrTypes).toEqual(expect.arrayContaining(['Person', 'Organization', 'Quote', 'Article']));
    expect(index?.properties).toEqual(expect.arrayContaining(['name', 'aliasText', 'text', 'title']));
  });

  it('when the graph is migrated, then quotes are searched by their sentence and the sentence that introduced them, through one index', async () => {
    const indexes = await db.executor.runRaw(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name STARTS WITH 'quote_' RETURN name, labelsOrTypes, properties ORDER BY name",
      {},
      'READ',
    );

    expect(indexes).toEqual([
      { name: 'quote_context_search', labelsOrTypes: ['CONTAINS'], properties: ['sentence', 'context', 'fact'] },
      { name: 'quote_search', labelsOrTypes: ['Quote'], properties: ['text'] },
    ]);
  });

  it('when the graph is migrated, then figures are found by their comparison key through an index', async () => {
    const [index] = await db.executor.runRaw(
      "SHOW RANGE INDEXES YIELD name, labelsOrTypes, properties WHERE name = 'statistic_comparison_key' RETURN labelsOrTypes, properties",
      {},
      'READ',
    );

    expect(index).toEqual({ labelsOrTypes: ['Statistic'], properties: ['comparisonKey'] });
  });
});
