/**
 * `npm start` supervising its embedded Neo4j, as an operator runs it: the JVM is killed with SIGKILL
 * under load, and the server must say so at once, start it again and serve by itself; when it cannot,
 * the process must exit non-zero for its process manager.
 */
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin, servedUrl, type BinProcess } from '../support/bin-process.js';
import { freePort } from '../support/free-port.js';
import { logLines } from '../support/log-lines.js';
import { ANSWER_BOUND_MS, requestLoad } from '../support/request-load.js';

const dataDirs: string[] = [];
const processes: BinProcess[] = [];
afterAll(async () => {
  for (const started of processes) {
    if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill('SIGTERM');
    await started.exited;
  }
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

const CLIENTS = 6;
/** A JVM started again on a busy machine, plus recovery of the store: generous. */
const RECOVERY_BOUND_MS = 120_000;

async function until<T>(
  find: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `npm start` on a store and Bolt port of its own, with `env` added; resolves once it serves. */
async function start(env: Record<string, string>) {
  const dataDir = path.resolve(`.data/neo4j-supervision-test-${process.pid}-${dataDirs.length}`);
  dataDirs.push(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  const boltPort = await freePort();
  const server = runBin('start.ts', [], {
    PORT: '0',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HEAP: '384m',
    NEO4J_PAGE_CACHE: '64m',
    LOG_LEVEL: 'info',
    ...env,
  });
  processes.push(server);
  const url = await until(
    () => {
      if (server.child.exitCode !== null)
        throw new Error(`npm start exited (${server.child.exitCode}):\n${server.output().stderr}`);
      return servedUrl(server);
    },
    180_000,
    'npm start serving',
  );
  const jvmPid = () =>
    Number(
      logLines(server.output().stderr)
        .filter((line) => line.msg === 'embedded Neo4j is up')
        .at(-1)?.pid,
    );
  return { server, url, boltPort, jvmPid };
}

const status = async (url: string, route: string) =>
  (await fetch(`${url}${route}`, { signal: AbortSignal.timeout(3 * ANSWER_BOUND_MS) })).status;

describe('npm start supervising its embedded Neo4j', () => {
  it(
    'when the JVM is killed with SIGKILL under load, then the exit is logged at error level at once, Neo4j is started again and the server serves by itself, with no request hanging past its bound',
    { timeout: 400_000 },
    async () => {
      const { server, url, jvmPid } = await start({ NEO4J_RESTART_BACKOFF_MS: '500' });
      const firstPid = jvmPid();
      const traffic = requestLoad(url, CLIENTS);
      await until(
        () => (traffic.outcomes.filter((outcome) => outcome.ok).length >= 2 * CLIENTS ? true : undefined),
        60_000,
        'successes before the kill',
      );

      const killed = Date.now();
      process.kill(firstPid, 'SIGKILL');
      const exitLine = await until(
        () => logLines(server.output().stderr).find((line) => line.msg === 'embedded Neo4j exited unexpectedly'),
        10_000,
        'the exit logged',
      );
      const healthWhileDown = await status(url, '/health');
      const readyWhileDown = await status(url, '/ready');
      const backLine = await until(
        () => logLines(server.output().stderr).find((line) => line.msg === 'embedded Neo4j is back after a restart'),
        RECOVERY_BOUND_MS,
        'the restart logged',
      );
      const back = backLine.time;
      const successesAfter = () => traffic.outcomes.filter((outcome) => outcome.ok && outcome.started >= back);
      await until(
        () => (successesAfter().length >= CLIENTS ? true : undefined),
        RECOVERY_BOUND_MS,
        'successes after the restart',
      );
      const readyAfter = await status(url, '/ready');
      await traffic.stop();

      const failed = traffic.outcomes.filter((outcome) => !outcome.ok);
      const duringOutage = traffic.outcomes.filter((outcome) => outcome.ended >= killed && outcome.ended < back);
      const maxLatency = Math.max(...[...failed, ...duringOutage].map((outcome) => outcome.ended - outcome.started));
      process.stderr.write(
        `faults-neo4j-killed: ${traffic.outcomes.length} requests by ${CLIENTS} clients, ${failed.length} failed, max latency while down ${maxLatency} ms; ` +
          `exit logged ${exitLine.time - killed} ms after the kill, Neo4j back ${back - killed} ms after it (pid ${firstPid} → ${jvmPid()})\n`,
      );

      expect(exitLine).toMatchObject({ level: 50, signal: 'SIGKILL', pid: firstPid });
      expect(String(exitLine.logTail)).toContain('neo4j-embedded: bolt ready on');
      expect(exitLine.time - killed).toBeLessThanOrEqual(5_000);
      expect(healthWhileDown).toBe(200);
      expect(readyWhileDown).toBe(503);
      expect(readyAfter).toBe(200);
      expect(jvmPid()).not.toBe(firstPid);
      expect(server.child.exitCode).toBeNull();
      expect(traffic.outcomes.filter((outcome) => outcome.status === 'no answer')).toEqual([]);
      for (const outcome of failed)
        expect({ status: outcome.status, codes: [...new Set(outcome.codes)] }).toEqual({
          status: 200,
          codes: ['DATABASE_UNAVAILABLE'],
        });
      expect(maxLatency).toBeLessThanOrEqual(ANSWER_BOUND_MS);
      const afterRecovery = traffic.outcomes.filter(
        (outcome) => outcome.started >= Math.min(...successesAfter().map((outcome) => outcome.ended)),
      );
      expect(afterRecovery.filter((outcome) => !outcome.ok)).toEqual([]);
    },
  );

  it(
    'when the JVM is killed and cannot start again, then after the last try the process exits non-zero',
    { timeout: 400_000 },
    async () => {
      const { server, boltPort, jvmPid } = await start({
        NEO4J_RESTART_ATTEMPTS: '2',
        NEO4J_RESTART_BACKOFF_MS: '1000',
        NEO4J_START_TIMEOUT_MS: '90000',
      });
      process.kill(jvmPid(), 'SIGKILL');
      await until(
        () => logLines(server.output().stderr).find((line) => line.msg === 'embedded Neo4j exited unexpectedly'),
        10_000,
        'the exit logged',
      );
      // Something else takes the Bolt port the moment the JVM has let it go: no restart can bind it.
      const squatter: Server = createServer((socket) => socket.destroy());
      await until(
        () =>
          new Promise<true | undefined>((resolve) =>
            squatter.once('error', () => resolve(undefined)).listen(boltPort, '127.0.0.1', () => resolve(true)),
          ),
        5_000,
        'the Bolt port taken',
      );
      try {
        const exit = await server.exited;
        const lines = logLines(server.output().stderr);
        const failedTries = lines.filter((line) => line.msg === 'embedded Neo4j did not start again');
        process.stderr.write(
          `faults-neo4j-killed (gives up): exit code ${exit.code} after ${failedTries.length} failed tries\n`,
        );

        expect(exit.code).toBe(1);
        expect(failedTries.map((line) => line.attempt)).toEqual([1, 2]);
        expect(lines.find((line) => line.msg === 'giving up: the embedded Neo4j is gone')).toMatchObject({ level: 60 });
      } finally {
        await new Promise((resolve) => squatter.close(resolve));
      }
    },
  );
});
