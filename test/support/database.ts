/** A driver and executor on the test run's Neo4j, for one test file. */
import { inject } from 'vitest';
import { createDriver } from '../../db/connect.js';
import { Executor } from '../../db/executor.js';
import { loadStatements } from '../../db/statements.js';
import { createLogger } from '../../runtime/logger.js';

export const testLogger = createLogger({ level: 'silent', format: 'json', name: 'test' });

export function openTestDatabase() {
  const driver = createDriver(inject('neo4jUri'), inject('neo4jUsername') || undefined, inject('neo4jPassword'));
  const executor = new Executor(driver, { database: undefined, timeoutMs: 30_000, logger: testLogger, statements: loadStatements() });
  return { driver, executor, close: () => driver.close() };
}
