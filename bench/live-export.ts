/**
 * `npm run -s bench-live -- --articles N [--seed S] [--subscribers 100] [--out DIR]`
 *
 * Two figures the live and export features are judged by, on a Neo4j of the script's own:
 * - subscription fan-out: our server (`bin/start.ts`, a process of its own) with SUBSCRIBERS graphql-ws
 *   clients subscribed to `articleIngested { sequence article { id title } }` while `npm run ingest` (a
 *   third process) loads N generated articles: events delivered per second, and whether every subscriber
 *   got every article exactly once;
 * - export throughput: `npm run export` in each format over the loaded graph: nodes and relationships per
 *   second, and the exporter's peak RSS (sampled from /proc every 50 ms).
 * Prints a Markdown table, writes `bench/results/live-export-<N>.json` (or DIR).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { EXPORT_FORMATS, type ExportFormat } from '../export/export-request.js';
import { loadConfig } from '../runtime/config.js';
import { createLogger } from '../runtime/logger.js';
import { openBenchDatabase } from './support/bench-database.js';
import { writeCorpus } from './support/corpus-files.js';
import { processRssBytes } from './support/process-rss.js';
import { spawnTarget } from './support/spawn-target.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const progress = (line: string) => process.stderr.write(`bench-live: ${line}\n`);
const MB = 2 ** 20;

interface Child {
  readonly code: number | null;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly stderr: string;
}

/** A script of the repository as a process of its own, its RSS sampled while it runs. */
function run(script: string, args: readonly string[], env: Record<string, string>): Promise<Child> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, processRssBytes(child.pid!) ?? 0)), 50);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearInterval(sampler);
      resolve({ code, seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peak / MB), stderr });
    });
  });
}

async function fanOut(
  url: string,
  subscribers: number,
  corpusDir: string,
  articles: number,
  env: Record<string, string>,
) {
  const received: Map<string, number>[] = [];
  const clients: Client[] = [];
  let delivered = 0;
  let first = 0;
  let last = 0;
  let errors = 0;
  const wsUrl = url.replace(/^http/, 'ws');
  for (let i = 0; i < subscribers; i++) {
    const seen = new Map<string, number>();
    received.push(seen);
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(client);
    client.subscribe<{ articleIngested: { sequence: number; article: { id: string; title: string } | null } }>(
      { query: 'subscription { articleIngested { sequence article { id title } } }' },
      {
        next: ({ data, errors: failed }) => {
          if (failed) errors++;
          const id = data?.articleIngested.article?.id;
          if (!id) return;
          seen.set(id, (seen.get(id) ?? 0) + 1);
          delivered++;
          last = performance.now();
          first ||= last;
        },
        error: () => errors++,
        complete: () => undefined,
      },
    );
  }
  // Every client connected and subscribed before the load starts.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  progress(`${subscribers} subscribers; ingesting ${articles} articles in another process`);
  const started = performance.now();
  // A cold database compiles the writer's plans on first use; a loaded machine must not time that out.
  const ingest = await run('bin/ingest.ts', [corpusDir], { ...env, NEO4J_TX_TIMEOUT_MS: '120000' });
  if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
  const expected = subscribers * articles;
  const deadline = Date.now() + 120_000;
  while (delivered < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await Promise.all(clients.map(async (client) => client.dispose()));
  const duplicates = received.reduce((sum, seen) => sum + [...seen.values()].filter((count) => count > 1).length, 0);
  const complete = received.filter((seen) => seen.size === articles).length;
  return {
    subscribers,
    articles,
    ingest_seconds: round(ingest.seconds),
    ingest_articles_per_s: round(articles / ingest.seconds),
    events_delivered: delivered,
    events_expected: expected,
    events_per_s: round(delivered / ((last - started) / 1000)),
    last_event_after_ingest_ms: Math.round(last - started - ingest.seconds * 1000),
    first_event_after_start_ms: Math.round(first - started),
    subscribers_with_every_article: complete,
    duplicate_deliveries: duplicates,
    errors,
  };
}

async function exportThroughput(
  format: ExportFormat,
  dir: string,
  env: Record<string, string>,
  graph: { nodes: number; relationships: number },
) {
  const out = path.join(dir, format === 'csv' ? 'csv' : `graph.${format}`);
  const result = await run('bin/export.ts', ['--format', format, '--out', out], env);
  if (result.code !== 0) throw new Error(`export ${format} failed:\n${result.stderr}`);
  // The exporter's own clock (its last line): the export alone, without starting Node and connecting.
  const seconds = Number(/ in ([\d.]+) s\n/.exec(result.stderr)?.[1] ?? result.seconds);
  const bytes =
    format === 'csv'
      ? statSync(path.join(out, 'nodes.csv')).size + statSync(path.join(out, 'relationships.csv')).size
      : statSync(out).size;
  return {
    format,
    seconds: round(seconds),
    command_seconds: round(result.seconds),
    nodes_per_s: format === 'ndjson' ? null : Math.round(graph.nodes / seconds),
    relationships_per_s: format === 'ndjson' ? null : Math.round(graph.relationships / seconds),
    output_mb: round(bytes / MB),
    peak_rss_mb: result.peakRssMb,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      seed: { type: 'string' },
      subscribers: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const articles = Number(values.articles ?? 1_000);
  const seed = Number(values.seed ?? 1);
  const subscribers = Number(values.subscribers ?? 100);
  for (const [name, value] of [
    ['articles', articles],
    ['seed', seed],
    ['subscribers', subscribers],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < (name === 'seed' ? 0 : 1))
      throw new Error(`--${name}: expected a positive integer`);
  }
  const config = loadConfig();
  const logger = createLogger({ level: 'warn', format: 'json', name: 'bench-live' });
  const bench = await openBenchDatabase(config, logger);
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-live-'));
  const env = {
    NEO4J_URI: bench.uri,
    NEO4J_USERNAME: config.neo4j?.username ?? '',
    NEO4J_PASSWORD: config.neo4j?.password ?? '',
  };
  try {
    const corpusDir = path.join(work, 'corpus');
    writeCorpus(seed, articles, corpusDir);
    const server = await spawnTarget('bin/start.ts', {
      ...env,
      LOAD_SAMPLE_CORPUS: 'false',
      LIVE_MAX_CONNECTIONS: String(subscribers + 10),
    });
    let fanout;
    try {
      fanout = await fanOut(server.url, subscribers, corpusDir, articles, env);
    } finally {
      await server.stop();
    }
    const [row] = await bench.database.executor.runRaw(
      'MATCH (n:Node) WITH count(n) AS nodes CALL () { MATCH (:Node)-[r]->(:Node) RETURN count(r) AS relationships } RETURN nodes, relationships',
      {},
      'READ',
    );
    const graph = { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
    progress(`graph: ${graph.nodes} nodes, ${graph.relationships} relationships; exporting`);
    const exports = [];
    for (const format of EXPORT_FORMATS) exports.push(await exportThroughput(format, work, env, graph));
    const results = {
      articles,
      seed,
      neo4j: bench.version,
      machine: { cpus: os.cpus().length, node: process.version },
      fanout,
      graph,
      exports,
    };
    const dir = values.out ? path.resolve(values.out) : RESULTS_DIR;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `live-export-${articles}.json`), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(report(results));
  } finally {
    rmSync(work, { recursive: true, force: true });
    await bench.close();
  }
}

function report(results: {
  articles: number;
  fanout: Awaited<ReturnType<typeof fanOut>>;
  graph: { nodes: number; relationships: number };
  exports: Awaited<ReturnType<typeof exportThroughput>>[];
}): string {
  const f = results.fanout;
  return [
    `## ${results.articles} articles: ${results.graph.nodes} nodes, ${results.graph.relationships} relationships`,
    '',
    `Fan-out: ${f.subscribers} subscribers, ${f.events_delivered} of ${f.events_expected} events delivered at ${f.events_per_s}/s while ingesting at ${f.ingest_articles_per_s} articles/s; ` +
      `${f.subscribers_with_every_article} subscribers got every article, ${f.duplicate_deliveries} duplicates, ${f.errors} errors; last event ${f.last_event_after_ingest_ms} ms after the ingest ended.`,
    '',
    '| format | export s | command s (with start-up) | nodes/s | relationships/s | output MB | exporter peak RSS MB |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...results.exports.map(
      (e) =>
        `| ${e.format} | ${e.seconds} | ${e.command_seconds} | ${e.nodes_per_s ?? '–'} | ${e.relationships_per_s ?? '–'} | ${e.output_mb} | ${e.peak_rss_mb} |`,
    ),
    '',
  ].join('\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench-live: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
