/** `--articles N --seed S [--out DIR]`, validated: a wrong value stops the script with one line. */
import { parseArgs } from 'node:util';

export interface BenchArgs {
  readonly articles: number;
  readonly seed: number;
  readonly out: string | undefined;
}

function integer(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`--${name}: expected an integer ≥ ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

export function parseBenchArgs(argv: readonly string[], defaults: { articles: number }): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { articles: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  return {
    articles: integer('articles', values.articles, defaults.articles, 1),
    seed: integer('seed', values.seed, 1, 0),
    out: values.out,
  };
}
