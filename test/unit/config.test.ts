import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../runtime/config.js';

describe('configuration', () => {
  it('when nothing is set, then the defaults serve on 4000 with the embedded Neo4j', () => {
    const config = loadConfig({});

    expect(config.port).toBe(4000);
    expect(config.neo4j).toBeUndefined();
    expect(config.embedded.boltPort).toBe(7687);
  });

  it('when nothing is set, then every wait on Neo4j and on shutdown is bounded', () => {
    const config = loadConfig({});

    expect(config.driver).toEqual({ connectTimeoutMs: 5_000, retryTimeMs: 5_000 });
    expect(config.shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ NEO4J_RETRY_TIME_MS: '0', SHUTDOWN_TIMEOUT_MS: '30000' })).toMatchObject({
      driver: { retryTimeMs: 0 },
      shutdownTimeoutMs: 30_000,
    });
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: 'forever' })).toThrow(
      new ConfigError('SHUTDOWN_TIMEOUT_MS', 'an integer from 0 to 600000', 'forever'),
    );
  });

  it('when MAX_PAGE_SIZE is unset, set or wrong, then pages default to 100, follow it, or the error names it', () => {
    expect(loadConfig({}).limits.maxPageSize).toBe(100);
    expect(loadConfig({ MAX_PAGE_SIZE: '250' }).limits.maxPageSize).toBe(250);
    expect(() => loadConfig({ MAX_PAGE_SIZE: '0' })).toThrow(
      new ConfigError('MAX_PAGE_SIZE', 'an integer from 1 to 10000', '0'),
    );
    expect(() => loadConfig({ MAX_PAGE_SIZE: 'lots' })).toThrow(
      new ConfigError('MAX_PAGE_SIZE', 'an integer from 1 to 10000', 'lots'),
    );
  });

  it('when NEO4J_TX_MEMORY is unset, set or wrong, then the launcher decides, gets it, or the error names it', () => {
    expect(loadConfig({}).embedded.transactionMemory).toBeUndefined();
    expect(loadConfig({ NEO4J_TX_MEMORY: '256M' }).embedded.transactionMemory).toBe('256m');
    expect(() => loadConfig({ NEO4J_TX_MEMORY: 'half' })).toThrow(
      new ConfigError('NEO4J_TX_MEMORY', 'a size such as 512m or 1g', 'half'),
    );
  });

  it('when PORT is not a number, then the error names PORT and what is expected', () => {
    expect(() => loadConfig({ PORT: 'forty' })).toThrow(new ConfigError('PORT', 'an integer from 0 to 65535', 'forty'));
  });

  it('when NEO4J_URI carries credentials and is malformed, then the error does not echo them', () => {
    let message = '';
    try {
      loadConfig({ NEO4J_URI: 'http://user:secret@example.com' });
    } catch (error) {
      message = (error as Error).message;
    }

    expect(message).toContain('NEO4J_URI');
    expect(message).not.toContain('secret');
  });

  it('when the start command gets a bad variable, then it stops with one line naming it', () => {
    let stderr = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'bin/start.ts'], {
        env: { ...process.env, LOG_LEVEL: 'loud' },
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (error) {
      const failed = error as { stderr: string; status: number };
      stderr = failed.stderr;
      status = failed.status;
    }

    expect(status).toBe(78);
    expect(stderr.trim().split('\n')).toEqual([
      'configuration error: LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    ]);
  });
});
