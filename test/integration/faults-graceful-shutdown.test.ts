import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/support/corpus-files.js';
import { createDriver } from '../../db/connect.js';
import { startEmbeddedNeo4j } from '../../db/embedded-neo4j.js';
import { runBin, runNpm, servedUrl, type BinProcess } from '../support/bin-process.js';
import { testExecutor, testLogger } from '../support/database.js';
import { freePort } from '../support/free-port.js';
import { logLines } from '../support/log-lines.js';

// The real start command with its own embedded Neo4j, on a data folder of this test's own.
const dataDir = path.resolve(`.data/neo4j-faults-shutdown-test-${process.pid}`);
const corpusDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-faults-shutdown-'));
const embedded = { NEO4J_DATA_DIR: dataDir, NEO4J_HEAP: '512m', NEO4J_PAGE_CACHE: '128m' };
const ARTICLES = 100;
const IN_FLIGHT = 6;
// Honestly slow: a hundred articles with their text and nested people, quotes, organizations and figures
// (about half a megabyte of JSON), several at once.
const HEAVY = `{ articles(first: 100) { totalCount edges { node { title text
  people(first: 20) { edges { node { name quotes(first: 4) { edges { node { text } } } } } }
  organizations(first: 20) { edges { node { name } } } statistics(first: 20) { edges { node { value } } } } } } }`;

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(corpusDir, { recursive: true, force: true });
});

beforeAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  writeCorpus(11, ARTICLES, corpusDir);
  const load = await runBin('ingest.ts', [corpusDir], {
    ...embedded,
    NEO4J_BOLT_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  }).exited;
  if (load.code !== 0) throw new Error(`loading the corpus failed:\n${load.stderr}`);
}, 300_000);

/** The embedded Neo4j's JVM: the process whose command line names this test's data folder. */
function jvmPid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(`-Dneo4j.dataDir=${dataDir}\0`)) return Number(entry);
    } catch {
      // The process ended while the folder was listed.
    }
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 180_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One POST; without an agent on a connection of its own, so nothing but the request itself keeps it open. */
function post(
  port: number,
  query: string,
  agent?: Agent,
): Promise<{
  status: number;
  connection: string | undefined;
  body: string;
  ended: number;
  socketClosed: Promise<void>;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: agent ?? false,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        const socketClosed = new Promise<void>((closed) => res.socket.once('close', () => closed()));
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            connection: res.headers.connection,
            body,
            ended: Date.now(),
            socketClosed,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

/** A client that keeps its one connection open between requests, as browsers and proxies do. */
function keepAliveAgent(): Agent {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  cleanups.push(() => agent.destroy());
  return agent;
}

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

function executedStatements(server: BinProcess): number {
  return server.output().stderr.split('"msg":"cypher"').length - 1;
}

describe('graceful shutdown of the start command', () => {
  it(
    'when `npm start` itself gets SIGTERM, as a process manager sends it, then the server and its embedded Neo4j stop before npm exits',
    { timeout: 300_000 },
    async () => {
      // npm runs a script through `sh -c`, which dies of SIGTERM without passing it on: without `exec` in
      // the script, npm exited at once and left the server and its Neo4j running, holding port and store.
      const npm = runNpm('start', {
        ...embedded,
        NEO4J_BOLT_PORT: String(await freePort()),
        PORT: '0',
        LOAD_SAMPLE_CORPUS: 'false',
      });
      cleanups.push(() => npm.child.exitCode === null && npm.child.kill('SIGKILL'));
      const url = new URL(await until(() => servedUrl(npm), 'npm start to serve'));
      const jvm = await until(jvmPid, 'the embedded JVM');
      const serverPid = Number(logLines(npm.output().stderr)[0]!.pid);
      cleanups.push(() => [serverPid, jvm].filter(isAlive).forEach((pid) => process.kill(pid, 'SIGKILL')));

      // On npm's own exit, not on its output closing: processes left running would hold that open.
      const npmExited = new Promise((resolve) => npm.child.once('exit', resolve));
      npm.child.kill('SIGTERM');
      await npmExited;

      expect(await connectionRefused(Number(url.port))).toBe(true);
      expect([serverPid, jvm].filter(isAlive)).toEqual([]);
      expect(npm.output().stderr).toContain('"msg":"stopped"');
    },
  );

  it(
    'when SIGTERM arrives while requests run, then they complete with full data, new connections are refused, and the driver and embedded Neo4j are closed before exit 0',
    { timeout: 300_000 },
    async () => {
      const server = runBin('start.ts', [], {
        ...embedded,
        NEO4J_BOLT_PORT: String(await freePort()),
        PORT: '0',
        LOAD_SAMPLE_CORPUS: 'false',
        LOG_LEVEL: 'trace',
        SHUTDOWN_TIMEOUT_MS: '120000',
      });
      cleanups.push(() => server.child.exitCode === null && server.child.kill('SIGKILL'));
      const port = await until(
        () => server.output().stdout.match(/GraphQL: http:\/\/[^:]+:(\d+)\//)?.[1],
        'the server to listen',
      ).then(Number);
      const jvm = await until(jvmPid, 'the embedded JVM');
      const expected = await post(port, HEAVY);
      expect(expected.status).toBe(200);
      expect(
        (JSON.parse(expected.body) as { data: { articles: { totalCount: number } } }).data.articles.totalCount,
      ).toBe(ARTICLES);
      // One client leaves its keep-alive connection idle; the requests in flight come over keep-alive
      // connections too, so a `Connection: close` on their answers is the server's doing, not the client's.
      const idle = await post(port, '{ stats { articles } }', keepAliveAgent());
      expect(idle.connection).toBe('keep-alive');
      const agents = Array.from({ length: IN_FLIGHT }, keepAliveAgent);

      const executedBefore = executedStatements(server);
      const inFlight = agents.map((agent) => post(port, HEAVY, agent));
      // The server has begun executing them: the heavy requests are in its hands, not in a socket buffer.
      await until(
        () => (executedStatements(server) > executedBefore + IN_FLIGHT ? true : undefined),
        'the requests to start',
      );
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      await until(
        async () => ((await connectionRefused(port)) ? true : undefined),
        'new connections to be refused',
        10_000,
      );
      const refused = Date.now();
      const answers = await Promise.all(inFlight);
      const exit = await server.exited;
      const exited = Date.now();
      const idleClosed = await Promise.race([
        idle.socketClosed.then(() => true),
        new Promise((resolve) => setTimeout(resolve, 1_000, false)),
      ]);
      const afterwards = await post(port, '{ stats { articles } }', agents[0]).catch(
        (error: NodeJS.ErrnoException) => error.code,
      );
      const launcherLog = readFileSync(path.join(dataDir, 'launcher.log'), 'utf8');
      process.stderr.write(
        `faults-graceful-shutdown: SIGTERM with ${IN_FLIGHT} heavy requests in flight; new connections refused after ${refused - signalled} ms; ` +
          `in-flight answered ${answers.map((answer) => answer.ended - signalled).join(', ')} ms after SIGTERM; ` +
          `process exited (${exit.code}) after ${exited - signalled} ms\n`,
      );

      expect(answers.filter((answer) => answer.ended > refused).length).toBeGreaterThan(0);
      for (const answer of answers) {
        const { errors = [] } = JSON.parse(answer.body) as { errors?: unknown[] };
        expect({ status: answer.status, errors, full: answer.body === expected.body }).toEqual({
          status: 200,
          errors: [],
          full: true,
        });
        // On a busy machine the signal can reach the server after an answer has gone: only once new
        // connections are refused is the server certainly closing the ones it answers on.
        if (answer.ended > refused) expect(answer.connection).toBe('close');
      }
      expect(idleClosed).toBe(true);
      // The answered connections were closed, not kept: the client's next request needs a new one, which is refused.
      expect(afterwards).toBe('ECONNREFUSED');
      expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
      expect(exit.stderr).not.toContain('"level":50');
      expect(exit.stderr).not.toContain('cut off');
      // Stopped by the server itself (SIGTERM, store flushed), before it exited: not left to notice its parent gone.
      expect(isAlive(jvm)).toBe(false);
      expect(launcherLog).toContain('neo4j-embedded: shutting down');
      expect(launcherLog).not.toContain('parent process ended');

      // The store lock is released and the data intact: a new start on the same folder opens it.
      const reopened = await startEmbeddedNeo4j(
        { dataDir, boltPort: await freePort(), heap: '384m', pageCache: '64m', startTimeoutMs: 120_000 },
        testLogger,
      );
      cleanups.push(() => reopened.stop());
      const driver = createDriver(reopened.uri);
      cleanups.push(() => driver.close());
      const executor = testExecutor(driver);
      expect(await executor.runRaw('MATCH (a:Article) RETURN count(a) AS articles', {}, 'READ')).toEqual([
        { articles: ARTICLES },
      ]);
    },
  );
});
