/**
 * `npm run -s export -- --format graphml|csv|jsonld|ndjson [--since DATE] [--around ID --hops N] [--out PATH]`:
 * the graph, or part of it, for Gephi, a spreadsheet, a fresh Neo4j, linked data or re-processing.
 * Written as it is read (memory stays flat); standard output unless --out (CSV: a folder for its two
 * files); progress on standard error when it is a terminal; exit 2 on usage errors.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { ExportRequestError, parseExportRequest } from '../export/export-request.js';
import { resolveScope } from '../export/export-scope.js';
import { runExport, type ExportCounts, type ExportSinks } from '../export/run-export.js';
import { streamSink } from '../export/text-sink.js';
import { IMPORT_COMMAND } from '../export/write-csv.js';
import { ConfigError, loadConfig } from '../runtime/config.js';
import { createLogger } from '../runtime/logger.js';

const USAGE =
  'usage: npm run -s export -- --format graphml|csv|jsonld|ndjson [--since YYYY-MM-DD] [--around ID [--hops N]] [--out PATH]';

class UsageError extends Error {}

function readArgs(args: string[]) {
  try {
    const { values } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        since: { type: 'string' },
        around: { type: 'string' },
        hops: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
    if (values.help) throw new UsageError('');
    const request = parseExportRequest(values);
    if (request.format === 'csv' && !values.out)
      throw new UsageError('--out: CSV is two files (nodes.csv, relationships.csv); name the folder to write them in');
    return { request, out: values.out };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      error instanceof ExportRequestError
        ? `--${error.message}`
        : error instanceof Error
          ? error.message
          : String(error),
    );
  }
}

function createProgress() {
  const live = process.stderr.isTTY;
  const started = Date.now();
  let last = 0;
  const line = (counts: Readonly<ExportCounts>) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const done =
      counts.articles > 0
        ? `${counts.articles} articles`
        : `${counts.nodes} nodes, ${counts.relationships} relationships`;
    return `export: ${done} in ${seconds.toFixed(1)} s`;
  };
  return {
    tick: (counts: Readonly<ExportCounts>) => {
      // A redraw every 200 ms is live enough, and keeps a fast export from spending its time on the terminal.
      if (!live || Date.now() - last < 200) return;
      last = Date.now();
      process.stderr.write(`\r${line(counts)}`);
    },
    done: (counts: Readonly<ExportCounts>) => {
      process.stderr.write(`${live ? '\r' : ''}${line(counts)}\n`);
    },
  };
}

async function main(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof readArgs>;
  try {
    parsed = readArgs(args);
  } catch (error) {
    const message = (error as Error).message;
    process.stderr.write(message ? `export: ${message}\n${USAGE}\n` : `${USAGE}\n`);
    return 2;
  }
  const { request, out } = parsed;
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat, name: 'export' });
  const database = await openDatabase(config, logger);
  const streams: Writable[] = [];
  const open = (file: string) => {
    const stream = createWriteStream(file);
    streams.push(stream);
    return streamSink(stream);
  };
  try {
    await migrate(database.executor, logger);
    // An export is not a request: a large graph's pages may outlast a request's timeout on a busy machine.
    const executor = database.executor.withTimeout(0);
    const scope = await resolveScope(executor, request);
    let sinks: ExportSinks;
    if (request.format === 'csv') {
      mkdirSync(out!, { recursive: true });
      sinks = { nodes: open(path.join(out!, 'nodes.csv')), relationships: open(path.join(out!, 'relationships.csv')) };
    } else {
      sinks = { document: out ? open(out) : streamSink(process.stdout) };
    }
    const progress = createProgress();
    const counts = await runExport(executor, scope, request.format, sinks, { onProgress: progress.tick });
    await Promise.all(streams.map((stream) => (stream.end(), finished(stream))));
    progress.done(counts);
    if (request.format === 'csv')
      process.stderr.write(`export: load into a fresh Neo4j from ${out} with\n  ${IMPORT_COMMAND}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ExportRequestError) {
      process.stderr.write(`export: --${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    // After a failure: a partial file is not left open (the finished ones are already ended).
    for (const stream of streams) if (!stream.writableEnded) stream.destroy();
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      error instanceof ConfigError
        ? `configuration error: ${error.message}\n`
        : `export: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(error instanceof ConfigError ? 78 : 1);
  },
);
