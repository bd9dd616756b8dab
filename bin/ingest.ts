/**
 * `npm run -s ingest -- FILES…|DIR|-`: loads articles into Neo4j. Progress on standard error (a live line
 * on a terminal, plain lines otherwise), the summary as JSON on standard output, exit 1 when any input
 * failed (the others are still loaded), 2 on usage errors.
 */
import { openDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { CurationError, readCuration } from '../loaders/resolve/curation.js';
import { ingest } from '../loaders/ingest.js';
import { ConfigError, loadConfig } from '../runtime/config.js';
import { createLogger } from '../runtime/logger.js';

const USAGE = 'usage: npm run -s ingest -- FILE… | DIR | GLOB | -';

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat, name: 'ingest' });
  const curation = readCuration(config.curationFile);
  const database = await openDatabase(config, logger);
  try {
    await migrate(database.executor, logger);
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

function createProgress(started: number) {
  const live = process.stderr.isTTY;
  let count = 0;
  let failed = 0;
  const line = () => {
    const rate = count / Math.max(0.001, (Date.now() - started) / 1000);
    return `ingest: ${count} articles (${failed} failed), ${rate.toFixed(1)}/s`;
  };
  return {
    tick(source: string, outcome: string) {
      count++;
      if (outcome === 'failed') failed++;
      if (live) process.stderr.write(`\r${line()}`);
      else process.stderr.write(`${outcome.padEnd(9)} ${source}\n`);
    },
    done() {
      if (live) process.stderr.write(`\r${line()}\n`);
    },
  };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const setup = error instanceof ConfigError || error instanceof CurationError;
    process.stderr.write(setup ? `configuration error: ${error.message}\n` : `${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(setup ? 78 : 1);
  },
);
