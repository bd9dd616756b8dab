/**
 * The embedded Neo4j under supervision, for the start command: when the JVM exits without being asked to
 * (killed, out of memory, a crash), that is logged at error level at once with its exit code and the tail
 * of its log, and it is started again on the same store and port, after 1 s, 2 s, 4 s… (NEO4J_RESTART_*).
 * The driver reconnects by itself once Bolt answers again; meanwhile requests answer DATABASE_UNAVAILABLE.
 * When every try has failed, `onGiveUp` is called: the process should exit non-zero and leave the rest to
 * its process manager rather than run on as a server that can never answer.
 */
import type { EmbeddedNeo4jSettings, RestartSettings } from '../runtime/config.js';
import type { Logger } from '../runtime/logger.js';
import { neo4jRestarts } from '../runtime/metrics.js';
import { startEmbeddedNeo4j, tail, type EmbeddedNeo4j } from './embedded-neo4j.js';

/** Longest wait between two tries, however many have failed. */
const MAX_BACKOFF_MS = 30_000;
/**
 * A database that stays up this long after a restart has recovered: the tries start counting afresh. One
 * that dies again sooner uses up the same tries, so a crash loop ends in giving up, not in restarting for ever.
 */
const STABLE_MS = 60_000;

export interface SupervisedNeo4j {
  readonly uri: string;
  /** The process id of the JVM running now. */
  pid(): number;
  /** Stops supervising, then stops the database (waiting for a restart under way to finish first). */
  stop(): Promise<void>;
}

export async function superviseEmbeddedNeo4j(
  settings: EmbeddedNeo4jSettings,
  restarts: RestartSettings,
  logger: Logger,
  onGiveUp: (error: Error) => void,
): Promise<SupervisedNeo4j> {
  let current: EmbeddedNeo4j = await startEmbeddedNeo4j(settings, logger);
  let upSince = Date.now();
  let triesUsed = 0;
  let stopping = false;
  let wakeUp: () => void = () => undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  /** Restarts until the database is back (true) or the tries are used up (false); false at once when stopping. */
  async function restart(): Promise<boolean> {
    const down = Date.now();
    while (triesUsed < restarts.attempts) {
      const wait = Math.min(restarts.backoffMs * 2 ** triesUsed, MAX_BACKOFF_MS);
      triesUsed++;
      logger.warn({ attempt: triesUsed, of: restarts.attempts, inMs: wait }, 'restarting embedded Neo4j');
      await pause(wait);
      if (stopping) return false;
      try {
        current = await startEmbeddedNeo4j(settings, logger);
        neo4jRestarts.inc();
        upSince = Date.now();
        logger.info(
          { attempt: triesUsed, downMs: Date.now() - down, pid: current.pid },
          'embedded Neo4j is back after a restart',
        );
        return true;
      } catch (error) {
        logger.error({ attempt: triesUsed, of: restarts.attempts, err: error }, 'embedded Neo4j did not start again');
      }
    }
    return false;
  }

  const supervision = (async () => {
    for (;;) {
      const exit = await current.exited;
      if (stopping) return;
      if (Date.now() - upSince >= STABLE_MS) triesUsed = 0;
      logger.error(
        { code: exit.code, signal: exit.signal, pid: current.pid, logTail: tail(current.logFile) },
        'embedded Neo4j exited unexpectedly',
      );
      if (!(await restart())) {
        if (!stopping)
          onGiveUp(
            new Error(
              `embedded Neo4j exited (code ${exit.code}, signal ${exit.signal}) and did not start again after ${restarts.attempts} tries`,
            ),
          );
        return;
      }
      if (stopping) {
        await current.stop();
        return;
      }
    }
  })();

  return {
    uri: current.uri,
    pid: () => current.pid,
    async stop() {
      stopping = true;
      wakeUp();
      await current.stop();
      await supervision;
    },
  };
}
