import { afterAll, describe, expect, it } from 'vitest';
import { FRAGMENT_DIRS, STATEMENT_NAMES, loadStatements } from '../../db/statements.js';
import { benchmarkCypher, BENCHMARK_STATEMENTS } from '../../bench/support/benchmark-cypher.js';
import { cypherFiles } from '../support/cypher-files.js';
import { openTestDatabase } from '../support/database.js';

const db = openTestDatabase();
afterAll(() => db.close());

describe('cypher/', () => {
  it('when the statement files are listed, then each one is a named statement and each name has a file', () => {
    // Migrations run once by file; the benchmark's hand-written queries are run by the benchmark alone;
    // fragments are run inside the statements that include them.
    const files = cypherFiles().filter(
      (file) =>
        !/^migrations\/\d{4}-/.test(file) &&
        !file.startsWith('benchmark/') &&
        !FRAGMENT_DIRS.some((dir) => file.startsWith(dir)),
    );

    expect(files.sort()).toEqual([...STATEMENT_NAMES].sort());
  });

  it.each(STATEMENT_NAMES)('when %s is EXPLAINed, then Neo4j accepts it', async (name) => {
    const statement = loadStatements()[name];

    // EXPLAIN plans without running, and needs no parameter values; a syntax or semantic error throws.
    await expect(db.executor.runRaw(`EXPLAIN ${statement}`, {}, 'READ')).resolves.toBeDefined();
  });

  it.each(BENCHMARK_STATEMENTS)('when benchmark/%s is EXPLAINed, then Neo4j accepts it', async (name) => {
    await expect(db.executor.runRaw(`EXPLAIN ${benchmarkCypher(name)}`, {}, 'READ')).resolves.toBeDefined();
  });
});
