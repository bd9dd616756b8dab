/**
 * `npm run -s ingest -- FILES…|DIR|-`: loads articles into Neo4j (`--watch DIR…`: keeps loading files as
 * they appear or change, one line per file, until SIGTERM or SIGINT). Progress on standard error (a live line
 * on a terminal, plain lines otherwise), the summary as JSON on standard output, exit 1 when any input
 * failed (the others are still loaded), 2 on usage errors.
 */
import { openDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import type { Executor } from '../db/executor.js';
import { ingest } from '../loaders/ingest.js';
import { ingestWatched } from '../loaders/ingest-watched.js';
import { CurationError, readCuration, type Curation } from '../loaders/resolve/curation.js';
import { ConfigError, loadConfig } from '../runtime/config.js';
import { createLogger, type Logger } from '../runtime/logger.js';

const USAGE =
  'usage: npm run -s ingest -- FILE… | DIR | GLOB | -\n       npm run -s ingest -- --watch [--settle-ms N] DIR…';

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const watched = args[0] === '--watch' ? readWatchArgs(args.slice(1)) : undefined;
  if (watched instanceof Error) {
    process.stderr.write(`ingest: ${watched.message}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat, name: 'ingest' });
  const curation = readCuration(config.curationFile);
  const database = await openDatabase(config, logger);
  try {
    await migrate(database.executor, logger);
    if (watched) return await watch(database.executor, watched, logger, curation);
    const started = Date.now();
    const progress = createProgress(started);
    const summary = await ingest(database.executor, args, logger, { curation, onArticle: progress.tick });
    progress.done();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`${JSON.stringify({ ...summary, seconds })}\n`);
    const { articles } = summary;
    process.stderr.write(
      `ingest: ${articles.new} new, ${articles.unchanged} unchanged, ${articles.updated} updated, ${articles.failed} failed; ` +
        `${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships written in ${seconds.toFixed(1)} s\n`,
    );
    for (const failure of summary.failures) process.stderr.write(`  failed: ${failure.message}\n`);
    return articles.failed > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

function readWatchArgs(args: string[]): { directories: string[]; settleMs: number } | Error {
  let settleMs = 500;
  const directories: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--settle-ms') {
      directories.push(args[i]!);
      continue;
    }
    settleMs = Number(args[++i]);
    if (!Number.isInteger(settleMs) || settleMs < 10 || settleMs > 600_000)
      return new Error(`--settle-ms: expected milliseconds from 10 to 600000, got ${JSON.stringify(args[i] ?? '')}`);
  }
  if (directories.length === 0) return new Error('--watch: name at least one directory to watch');
  return { directories, settleMs };
}

/** Runs until SIGTERM or SIGINT, which let the file being loaded finish; one JSON line per file on stdout. */
async function watch(
  executor: Executor,
  options: { directories: string[]; settleMs: number },
  logger: Logger,
  curation: Curation,
): Promise<number> {
  const stop = new AbortController();
  const onSignal = (signal: string) => {
    logger.info({ signal }, 'stopping: finishing the file being loaded');
    stop.abort();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  process.stderr.write(`ingest: watching ${options.directories.join(', ')} (Ctrl-C to stop)\n`);
  await ingestWatched(executor, options.directories, logger, {
    curation,
    settleMs: options.settleMs,
    signal: stop.signal,
    onFile(file, summary) {
      const { articles } = summary;
      process.stdout.write(`${JSON.stringify({ file, ...articles, failures: summary.failures })}\n`);
      process.stderr.write(
        `${file}: ${articles.new} new, ${articles.unchanged} unchanged, ${articles.updated} updated, ${articles.failed} failed\n`,
      );
      for (const failure of summary.failures) process.stderr.write(`  failed: ${failure.message}\n`);
    },
  });
  process.stderr.write('ingest: stopped\n');
  return 0;
}

function createProgress(started: number) {
  const live = process.stderr.isTTY;
  let count = 0;
  let failed = 0;
  const line = () => {
    const rate = count / Math.max(0.001, (Date.now() - started) / 1000);
    return `ingest: ${count} articles (${failed} failed), ${rate.toFixed(1)}/s`;
  };
  return {
    tick: (source: string, outcome: string) => {
      count++;
      if (outcome === 'failed') failed++;
      if (live) process.stderr.write(`\r${line()}`);
      else process.stderr.write(`${outcome.padEnd(9)} ${source}\n`);
    },
    done: () => {
      if (live) process.stderr.write(`\r${line()}\n`);
    },
  };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const setup = error instanceof ConfigError || error instanceof CurationError;
    process.stderr.write(
      setup ? `configuration error: ${error.message}\n` : `${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(setup ? 78 : 1);
  },
);
