/**
 * `npm run -s extract -- FILES…`: read articles (files, directories, globs, `-` for standard input),
 * extract each, and print the extractions as one JSON array on standard output. Logs and errors go to
 * standard error. Exit code 0: all read; 1: some input failed (the good ones are still printed);
 * 2: usage or configuration error.
 */
import { once } from 'node:events';
import { extractArticle } from '../loaders/extract/extract-article.js';
import { EXTRACTORS } from '../loaders/extract/extractors.js';
import { withoutKnownPeople } from '../loaders/extract/without-known-people.js';
import { DEFAULT_MAX_BYTES } from '../loaders/read/format-size.js';
import { readInputs } from '../loaders/read/read-inputs.js';
import { ConfigError, loadConfig } from '../runtime/config.js';
import { createLogger } from '../runtime/logger.js';

const USAGE = `Usage: npm run -s extract -- [--max-size MB] [--no-known-people] INPUT…

Prints the extraction of every article as one JSON array on standard output.

INPUT   a file (.txt, .md, .html, .json, .ndjson…), a directory (read recursively),
        a glob in quotes ('corpus/**/*.txt'), or - for standard input
--max-size MB   skip inputs larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
--no-known-people   find people from the text alone, without the list of public figures
`;

class UsageError extends Error {}

interface Arguments {
  inputs: string[];
  maxBytes: number;
  knownPeople: boolean;
  help: boolean;
}

function parseArguments(argv: readonly string[]): Arguments {
  const inputs: string[] = [];
  let maxBytes = DEFAULT_MAX_BYTES;
  let knownPeople = true;
  let help = false;
  let optionsDone = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (optionsDone || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
    } else if (arg === '--') {
      optionsDone = true;
    } else if (arg === '-h' || arg === '--help') {
      help = true;
    } else if (arg === '--no-known-people') {
      knownPeople = false;
    } else if (arg === '--max-size' || arg.startsWith('--max-size=')) {
      const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++index];
      const megabytes = Number(raw);
      if (raw === undefined || raw === '' || !Number.isFinite(megabytes) || megabytes <= 0) {
        throw new UsageError(`--max-size: expected a number of megabytes, got ${JSON.stringify(raw ?? '')}`);
      }
      maxBytes = Math.round(megabytes * 1024 * 1024);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (!help && inputs.length === 0) throw new UsageError('no input given');
  return { inputs, maxBytes, knownPeople, help };
}

/** Waits when the pipe is full, so a slow reader of standard output does not make memory grow. */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseArguments>;
  let config: ReturnType<typeof loadConfig>;
  try {
    parsed = parseArguments(process.argv.slice(2));
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
    process.stderr.write(`extract: ${error.message}\n\n${error instanceof UsageError ? USAGE : ''}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const logger = createLogger({ level: config.logLevel, format: config.logFormat, name: 'extract' });
  // `extract … | head` closes the pipe early: stop quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  const extractors = parsed.knownPeople ? EXTRACTORS : withoutKnownPeople(EXTRACTORS);
  let printed = 0;
  let failed = 0;
  await write('[');
  for await (const result of readInputs(parsed.inputs, { maxBytes: parsed.maxBytes })) {
    if (!result.ok) {
      failed++;
      logger.error({ source: result.source, reason: result.error.reason }, result.error.message);
      continue;
    }
    for (const document of result.documents) {
      let json: string;
      try {
        json = JSON.stringify(extractArticle(document, extractors));
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        logger.error(
          { source: document.source, reason: 'extraction_failed', err: error },
          `${document.source}: extraction failed: ${message}`,
        );
        continue;
      }
      await write(`${printed === 0 ? '\n' : ',\n'}${json}`);
      printed++;
    }
  }
  await write(printed === 0 ? ']\n' : '\n]\n');
  logger.info({ documents: printed, failed }, failed === 0 ? 'extracted' : 'extracted, with failures');
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    // exitCode rather than exit(): the logger's worker thread still has lines to flush.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
