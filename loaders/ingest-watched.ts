/**
 * `ingest --watch`: files are loaded as they become ready, one at a time in the order they became ready,
 * each with its own summary (one line per file), with the same per-file errors as a one-off run. Stopping
 * lets the file being loaded finish and drops the rest of the queue (the next start loads it).
 */
import type { Executor } from '../db/executor.js';
import { DatabaseUnavailableError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { ingest, type IngestOptions, type IngestSummary } from './ingest.js';
import { watchFiles } from './watch-files.js';

const RETRY_MS = 2_000;

export interface WatchedIngestOptions extends Pick<IngestOptions, 'curation' | 'cwd'> {
  readonly settleMs: number;
  readonly onFile: (file: string, summary: IngestSummary) => void;
  /** Aborted: stop watching, finish the file in hand, resolve. */
  readonly signal: AbortSignal;
}

export async function ingestWatched(
  executor: Executor,
  directories: readonly string[],
  logger: Logger,
  options: WatchedIngestOptions,
): Promise<void> {
  const queue: string[] = [];
  let wake: (() => void) | undefined;
  const watcher = await watchFiles(directories, {
    settleMs: options.settleMs,
    onReady: (file) => {
      if (!queue.includes(file)) queue.push(file);
      wake?.();
    },
    onError: (error) => logger.warn({ err: error }, 'watching stopped reporting a directory'),
  });
  const stopped = new Promise<void>((resolve) => {
    if (options.signal.aborted) resolve();
    options.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  try {
    while (!options.signal.aborted) {
      const file = queue.shift();
      if (file === undefined) {
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), stopped]);
        continue;
      }
      try {
        options.onFile(file, await ingest(executor, [file], logger, { curation: options.curation, cwd: options.cwd }));
      } catch (error) {
        if (!(error instanceof DatabaseUnavailableError)) throw error;
        // The database is away (restarting, unreachable): the file waits at the head of the queue.
        logger.warn(
          { file, retryInMs: RETRY_MS },
          'the database is unavailable; the file will be loaded when it answers',
        );
        queue.unshift(file);
        await Promise.race([new Promise((resolve) => setTimeout(resolve, RETRY_MS)), stopped]);
      }
    }
  } finally {
    watcher.close();
  }
}
