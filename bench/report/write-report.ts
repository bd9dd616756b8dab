/**
 * Writes one run's raw figures (`bench-<N>.json`, `latest.json`) and rewrites `docs/benchmarks.md` from
 * every `bench-<N>.json` kept, so the document compares sizes measured in separate runs.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBenchmarks } from './render-markdown.js';
import type { BenchmarkResults } from './results.js';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const DOC = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

/** Returns the files written. With `outDir`, everything goes there instead of the repository. */
export function writeBenchmarkReport(results: BenchmarkResults, outDir?: string): string[] {
  const resultsDir = outDir ?? RESULTS_DIR;
  const doc = outDir ? path.join(outDir, 'benchmarks.md') : DOC;
  mkdirSync(resultsDir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const sizeFile = path.join(resultsDir, `bench-${results.articles}.json`);
  const latestFile = path.join(resultsDir, 'latest.json');
  writeFileSync(sizeFile, json);
  writeFileSync(latestFile, json);
  const all = readdirSync(resultsDir)
    .filter((name) => /^bench-\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(path.join(resultsDir, name), 'utf8')) as BenchmarkResults)
    .sort((a, b) => a.articles - b.articles);
  writeFileSync(doc, renderBenchmarks(all));
  return [sizeFile, latestFile, doc];
}
