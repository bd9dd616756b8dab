/** A driver and executor on the test run's Neo4j, for one test file. */
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../db/connect.js';
import { Executor } from '../../db/executor.js';
import { loadStatements } from '../../db/statements.js';
import { createLogger } from '../../runtime/logger.js';

export const testLogger = createLogger({ level: 'silent', format: 'json', name: 'test' });

/** An executor over `driver` as the server builds one, with a silent logger. */
export function testExecutor(driver: Driver, timeoutMs = 30_000): Executor {
  return new Executor(driver, { database: undefined, timeoutMs, logger: testLogger, statements: loadStatements() });
}

export function openTestDatabase() {
  const driver = createDriver(inject('neo4jUri'), inject('neo4jUsername') || undefined, inject('neo4jPassword'));
  return { driver, executor: testExecutor(driver), close: () => driver.close() };
}
