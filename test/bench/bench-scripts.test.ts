/**
 * The benchmark and the soak script still run, at a smoke size: CI proves they work, never how fast (the
 * figures of a run on a shared CI machine mean nothing; `npm run bench` at real sizes writes those).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchmarkResults } from '../../bench/report/results.js';
import { runScript } from '../support/bin-process.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const positive = expect.any(Number) as unknown as number;

describe('npm run bench', () => {
  it(
    'when run at a smoke size, then every target answers every query without errors and the report has the agreed shape',
    { timeout: 600_000 },
    async () => {
      const run = runScript(
        'bench/benchmark.ts',
        ['--articles', '40', '--seconds', '1', '--warmup', '0', '--clients', '8', '--out', out],
        {},
      );
      const exit = await run.exited;

      expect(exit.code, exit.stderr).toBe(0);
      const results = JSON.parse(readFileSync(path.join(out, 'latest.json'), 'utf8')) as BenchmarkResults;
      expect(results).toMatchObject({
        articles: 40,
        mix: {
          ours: { rps: positive, p50_ms: positive, p99_ms: positive, roundtrips_per_request: positive },
          neo4jGraphql: { rps: positive, p50_ms: positive, p99_ms: positive },
          rawCypher: { rps: positive, p50_ms: positive, p99_ms: positive },
        },
        ingest: { extract_articles_per_s: positive, end_to_end_articles_per_s: positive, peak_rss_mb: positive },
      });
      for (const target of ['ours', 'neo4jGraphql', 'rawCypher'] as const)
        expect(results.mix[target].rps).toBeGreaterThan(0);
      // The script only reports the peer's errors; at this size there must be none from any target.
      const errors = Object.values(results.load).flatMap((workloads) =>
        Object.entries(workloads).flatMap(([name, targets]) =>
          Object.entries(targets)
            .filter(([, f]) => f.errors > 0)
            .map(([t, f]) => `${t} ${name}: ${f.firstError}`),
        ),
      );
      expect(errors).toEqual([]);
      expect(
        Object.values(results.profiles).flatMap((targets) =>
          Object.values(targets).flatMap((p) => (p.error ? [p.error] : [])),
        ),
      ).toEqual([]);
      expect(Object.keys(results.profiles)).toHaveLength(7);
      expect(readFileSync(path.join(out, 'benchmarks.md'), 'utf8')).toContain('## 40 articles');
    },
  );
});

describe('npm run soak', () => {
  it(
    'when our server takes the mix from 32 clients for 20 seconds, then no answer is an error, the memory growth is reported, and the exit code follows the verdict',
    { timeout: 600_000 },
    async () => {
      // The 20% memory bound is the soak's verdict over minutes (300 s measured -0.5%). Over 20 s at smoke
      // size, RSS shows V8 sizing its heap beside the whole suite (22.5% and 41.6% measured), so the smoke
      // run checks that the soak runs and reports, not the bound.
      const run = runScript(
        'bench/soak.ts',
        ['--articles', '40', '--seconds', '20', '--warmup', '20', '--clients', '32', '--out', out],
        {},
      );
      const exit = await run.exited;

      const results = JSON.parse(readFileSync(path.join(out, 'soak-40.json'), 'utf8')) as {
        soak: { requests: number; errors: number };
        serverRssMb: { growthPercent: number };
        passed: boolean;
      };
      expect(results.soak.errors, exit.stdout).toBe(0);
      expect(results.soak.requests).toBeGreaterThan(0);
      expect(Number.isFinite(results.serverRssMb.growthPercent)).toBe(true);
      expect(results.passed).toBe(results.serverRssMb.growthPercent <= 20);
      expect(exit.code, exit.stderr).toBe(results.passed ? 0 : 1);
    },
  );
});
