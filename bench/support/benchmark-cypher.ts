/** The benchmark's hand-written Cypher (`cypher/benchmark/`), read by name. */
import { readFileSync } from 'node:fs';
import { CYPHER_DIR } from '../../db/statements.js';

export const BENCHMARK_STATEMENTS = [
  'sample-cases',
  'lookup-person',
  'person-quotes',
  'search',
  'statistics-by-measure-and-place',
  'who-said',
  'neighborhood',
  'list-articles',
] as const;

export type BenchmarkStatement = (typeof BENCHMARK_STATEMENTS)[number];

export function isBenchmarkStatement(name: unknown): name is BenchmarkStatement {
  return BENCHMARK_STATEMENTS.includes(name as BenchmarkStatement);
}

const cache = new Map<BenchmarkStatement, string>();

export function benchmarkCypher(name: BenchmarkStatement): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(`${CYPHER_DIR}benchmark/${name}.cypher`, 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}
