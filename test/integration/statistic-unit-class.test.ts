/**
 * Migration 0012 gives figures stored before it the unit class ingest now writes, with the rule of
 * `unitClass` spelt in Cypher. The two must agree, or a figure stored before would not be found again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../db/migrate.js';
import { unitClass } from '../../loaders/write/statistic-identity.js';
import { openTestDatabase } from '../support/database.js';

const db = openTestDatabase();
afterAll(async () => {
  await db.executor.runRaw("MATCH (s:Statistic) WHERE s.id STARTS WITH 'stat:unit-class-test-' DETACH DELETE s");
  await db.close();
});

const UNITS = [
  'people',
  'People',
  'persons',
  'immigrants',
  'migrants',
  'aliens',
  'individuals',
  'cases',
  'prosecutions',
  'charges',
  'indictments',
  'removals',
  'deportees',
  'deportations',
  '%',
  'percent',
  'percentage',
  'families',
  'bus',
  'glass',
  'beds',
  'dollars',
  'days',
  'ice',
];

describe('unit classes of figures stored before migration 0012', () => {
  it('when the migration fills them in, then each is the class ingest computes for the same unit', async () => {
    const figures = UNITS.map((unit, i) => ({ id: `stat:unit-class-test-${i}`, unit }));
    await db.executor.runRaw('UNWIND $figures AS f CREATE (:Statistic:Node {id: f.id, unit: f.unit})', { figures });

    const [backfill] = readMigrations().find((migration) => migration.id === '0012-statistic-unit-class')!.statements;
    await db.executor.runRaw(backfill!);

    const rows = await db.executor.runRaw(
      'UNWIND $ids AS id MATCH (s:Statistic {id: id}) RETURN s.unit AS unit, s.unitClass AS unitClass',
      { ids: figures.map((f) => f.id) },
      'READ',
    );
    expect(rows).toEqual(UNITS.map((unit) => ({ unit, unitClass: unitClass(unit) })));
  });
});
