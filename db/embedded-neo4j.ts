/**
 * Starts and stops the project's embedded Neo4j (the Java launcher in `neo4j/`), building it with Maven
 * the first time. Used when NEO4J_URI is not set: by the start command and by the test suite.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EmbeddedNeo4jSettings } from '../runtime/config.js';
import type { Logger } from '../runtime/logger.js';
import { projectPath } from '../runtime/project-files.js';

const LAUNCHER_DIR = projectPath('neo4j/');
const READY_LINE = 'neo4j-embedded: bolt ready on ';

/**
 * The JVM options Neo4j's own `neo4j.conf` starts a server with, minus the ones for TLS, flight recording
 * and `AlwaysPreTouch` (which would make the whole heap resident at start-up). Without the `--add-opens`,
 * Neo4j logs that its page cache runs in a fallback mode ("could have negative impact on performance and
 * memory usage") and that it cannot preallocate or advise on its transaction logs.
 */
const JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

export interface EmbeddedNeo4j {
  readonly uri: string;
  /** The JVM's process id. */
  readonly pid: number;
  /** The launcher's output (Neo4j's start-up and shutdown lines, a JVM crash report). */
  readonly logFile: string;
  /** Settles when the JVM exits, for whatever reason: a stop, a crash, SIGKILL. */
  readonly exited: Promise<Neo4jExit>;
  /** Sends SIGTERM and waits for the store to close. */
  stop(): Promise<void>;
}

export interface Neo4jExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

function launcherIsBuilt(): boolean {
  const marker = path.join(LAUNCHER_DIR, 'target', 'lib');
  const main = path.join(LAUNCHER_DIR, 'target', 'classes', 'org', 'newsgraph', 'EmbeddedNeo4j.class');
  if (!existsSync(marker) || !existsSync(main)) return false;
  const built = statSync(main).mtimeMs;
  const sources = [
    path.join(LAUNCHER_DIR, 'pom.xml'),
    path.join(LAUNCHER_DIR, 'src/main/java/org/newsgraph/EmbeddedNeo4j.java'),
  ];
  return sources.every((file) => statSync(file).mtimeMs <= built);
}

/** Runs `mvn package` once; Maven caches Neo4j's jars in ~/.m2 so later builds are offline and quick. */
export function buildLauncher(logger: Logger): void {
  if (launcherIsBuilt()) return;
  logger.info('building the embedded Neo4j launcher with Maven (first run downloads Neo4j, about 150 MB)');
  const result = spawnSync('mvn', ['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error) throw new EmbeddedNeo4jError(`cannot run Maven ("mvn"): ${result.error.message}`);
  if (result.status !== 0)
    throw new EmbeddedNeo4jError(`Maven failed to build neo4j/ (exit ${result.status}); see its output above`);
}

export function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function startEmbeddedNeo4j(settings: EmbeddedNeo4jSettings, logger: Logger): Promise<EmbeddedNeo4j> {
  buildLauncher(logger);
  mkdirSync(settings.dataDir, { recursive: true });
  const logFile = path.join(settings.dataDir, 'launcher.log');
  // The log of the run before (one that crashed, say) is kept beside the new one.
  if (existsSync(logFile)) renameSync(logFile, path.join(settings.dataDir, 'launcher.previous.log'));
  const out = openSync(logFile, 'w');
  const classpath = [path.join(LAUNCHER_DIR, 'target', 'classes'), path.join(LAUNCHER_DIR, 'target', 'lib', '*')].join(
    path.delimiter,
  );
  const child = spawn(
    'java',
    [
      // The heap starts at its full size, as Neo4j advises, so it is never resized under load.
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      ...JVM_OPTIONS,
      `-Dneo4j.dataDir=${settings.dataDir}`,
      `-Dneo4j.boltPort=${settings.boltPort}`,
      `-Dneo4j.pageCache=${settings.pageCache}`,
      ...(settings.transactionMemory ? [`-Dneo4j.txMemory=${settings.transactionMemory}`] : []),
      ...(settings.transactionTotalMemory ? [`-Dneo4j.txTotalMemory=${settings.transactionTotalMemory}`] : []),
      '-cp',
      classpath,
      'org.newsgraph.EmbeddedNeo4j',
    ],
    { stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const exited = new Promise<Neo4jExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // However this process ends, the database must not outlive it (the launcher also watches for that).
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);
  child.once('exit', () => process.removeListener('exit', stopOnExit));
  logger.info({ dataDir: settings.dataDir, boltPort: settings.boltPort, pid: child.pid }, 'starting embedded Neo4j');

  await waitForReady(child, exited, logFile, settings.startTimeoutMs);
  const uri = `bolt://127.0.0.1:${settings.boltPort}`;
  logger.info({ uri, pid: child.pid }, 'embedded Neo4j is up');
  return { uri, pid: child.pid!, logFile, exited, stop: () => stopChild(child) };
}

async function waitForReady(
  child: ChildProcess,
  exit: Promise<Neo4jExit>,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new EmbeddedNeo4jError(
        `embedded Neo4j exited (code ${exited}) before Bolt was ready. Last lines of ${logFile}:\n${tail(logFile)}`,
      );
    }
    if (existsSync(logFile) && readFileSync(logFile, 'utf8').includes(READY_LINE)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  // Until it is gone it holds the store's lock, which the next start would fail on.
  await exit;
  throw new EmbeddedNeo4jError(
    `embedded Neo4j did not become ready within ${timeoutMs} ms. Last lines of ${logFile}:\n${tail(logFile)}`,
  );
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
