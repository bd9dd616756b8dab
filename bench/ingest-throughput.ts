/**
 * `npx tsx bench/ingest-throughput.ts --articles 5000 [--seed 1]`: extraction throughput on one core,
 * then end-to-end throughput through the real ingest path (read → extract → write, one transaction per
 * article) into a Neo4j of the benchmark's own, then a second ingest of the same files (all unchanged).
 * A Markdown table on stdout; the raw figures in bench/results/ingest-<N>.json; progress on stderr.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../runtime/config.js';
import { createLogger } from '../runtime/logger.js';
import { parseBenchArgs } from './support/bench-args.js';
import { openBenchDatabase } from './support/bench-database.js';
import { writeCorpus } from './support/corpus-files.js';
import { markdownTable } from './support/markdown-table.js';
import { measureExtraction } from './support/measure-extraction.js';
import { measureIngest, type IngestFigures } from './support/measure-ingest.js';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const GOALS = { extractionArticlesPerSecond: 200, endToEndArticlesPerSecond: 100 };

async function main(): Promise<void> {
  const { articles, seed } = parseBenchArgs(process.argv.slice(2), { articles: 5_000 });
  const config = loadConfig();
  const logger = createLogger({ level: 'warn', format: 'json', name: 'bench' });
  const loadBefore = os.loadavg();

  process.stderr.write(`extraction: ${articles} articles, seed ${seed}\n`);
  const extraction = measureExtraction(seed, articles);

  const corpusDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-corpus-'));
  const bench = await openBenchDatabase(config, logger).catch((error: unknown) => {
    rmSync(corpusDir, { recursive: true, force: true });
    throw error;
  });
  try {
    const g0 = performance.now();
    const corpus = writeCorpus(seed, articles, corpusDir);
    const generateSeconds = (performance.now() - g0) / 1000;
    process.stderr.write(`corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${generateSeconds.toFixed(1)} s\n`);

    const executor = bench.database.executor;
    const first = await measureIngest(executor, corpusDir, logger, 'ingest');
    const second = await measureIngest(executor, corpusDir, logger, 're-ingest');
    const [graph] = await executor.runRaw('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships', {}, 'READ');

    const results = {
      articles,
      seed,
      database: bench.embedded ? 'embedded (fresh, temporary)' : 'NEO4J_URI',
      environment: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg(), platform: `${os.platform()} ${os.release()}` },
      goals: GOALS,
      extraction,
      corpus: { ...corpus, generateSeconds },
      ingest: first,
      reingest: second,
      graph: graph ?? null,
      peakRssMbProcess: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `ingest-${articles}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${report(results, first, second)}\n\nraw figures: ${path.relative(process.cwd(), file)}\n`);
  } finally {
    await bench.close();
    rmSync(corpusDir, { recursive: true, force: true });
  }
}

function report(r: { articles: number; seed: number; extraction: ReturnType<typeof measureExtraction> }, first: IngestFigures, second: IngestFigures): string {
  const n = (value: number, digits = 1) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const mb = (value: number | null) => (value === null ? 'n/a' : `${n(value, 0)} MB`);
  const x = r.extraction;
  const ingestRow = (label: string, f: IngestFigures) => [
    label,
    n(f.articlesPerSecond),
    `${n(f.seconds)} s`,
    n(f.nodesPerSecond),
    n(f.relationshipsPerSecond),
    n(f.roundTrips / Math.max(1, r.articles), 2),
    mb(f.memory.nodePeakMb),
    mb(f.memory.childrenPeakMb),
    Object.entries(f.articles).filter(([, c]) => c > 0).map(([k, c]) => `${c} ${k}`).join(', '),
  ];
  return [
    `## Ingestion benchmark: ${r.articles.toLocaleString('en-US')} generated articles, seed ${r.seed}`,
    '',
    markdownTable(
      ['extraction (one core)', 'articles/s (wall)', 'articles/CPU-s', 'seconds', 'goal', 'generator articles/s'],
      [['extractArticle', n(x.articlesPerSecond), n(x.articlesPerCpuSecond), n(x.seconds), `≥ ${GOALS.extractionArticlesPerSecond}/s`, n(x.generatorArticlesPerSecond, 0)]],
    ),
    '',
    markdownTable(
      ['end to end', 'articles/s', 'time', 'nodes/s', 'relationships/s', 'round-trips/article', 'peak RSS node', 'peak RSS Neo4j JVM', 'outcomes'],
      [ingestRow('first ingest', first), ingestRow('second ingest (same dir)', second)],
    ),
    '',
    `Goal end to end: ≥ ${GOALS.endToEndArticlesPerSecond} articles/s. Per article: ${Object.entries(x.perArticle).map(([k, v]) => `${v} ${k}`).join(', ')}.`,
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
