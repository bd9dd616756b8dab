/**
 * `--articles N --seed S [--out DIR] [--seconds S] [--warmup S] [--clients 1,8,32]`, validated: a wrong
 * value stops the script with one line.
 */
import { parseArgs } from 'node:util';

export interface BenchArgs {
  readonly articles: number;
  readonly seed: number;
  readonly out: string | undefined;
  /** Length of each measured load run. */
  readonly seconds: number;
  /** Length of the warm-up before each load run, not measured. */
  readonly warmup: number;
  /** Concurrent clients, one load run per value. */
  readonly clients: readonly number[];
}

function integer(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`--${name}: expected an integer ≥ ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

export function parseBenchArgs(
  argv: readonly string[],
  defaults: { readonly articles: number; readonly warmup?: number },
): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      articles: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      clients: { type: 'string' },
    },
    strict: true,
  });
  return {
    articles: integer('articles', values.articles, defaults.articles, 1),
    seed: integer('seed', values.seed, 1, 0),
    out: values.out,
    seconds: integer('seconds', values.seconds, 5, 1),
    warmup: integer('warmup', values.warmup, defaults.warmup ?? 2, 0),
    clients: (values.clients ?? '1,8,32').split(',').map((raw) => integer('clients', raw.trim(), 1, 1)),
  };
}
