/**
 * The fan-out and export benchmark still runs, at a smoke size: CI proves it works and that fan-out is
 * exact (every subscriber gets every article once), never how fast.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/bin-process.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-live-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run bench-live', () => {
  it(
    'when run at a smoke size, then every subscriber gets every article once and each export format reports its throughput',
    { timeout: 600_000 },
    async () => {
      const exit = await runScript('bench/live-export.ts', ['--articles', '12', '--subscribers', '5', '--out', out], {})
        .exited;

      expect(exit.code, exit.stderr).toBe(0);
      const results = JSON.parse(readFileSync(path.join(out, 'live-export-12.json'), 'utf8')) as {
        fanout: Record<string, number>;
        exports: { format: string; nodes_per_s: number | null; peak_rss_mb: number }[];
      };
      expect(results.fanout).toMatchObject({
        events_expected: 60,
        events_delivered: 60,
        subscribers_with_every_article: 5,
        duplicate_deliveries: 0,
        errors: 0,
      });
      expect(results.exports.map((e) => e.format)).toEqual(['graphml', 'csv', 'jsonld', 'ndjson']);
      expect(results.exports.every((e) => e.peak_rss_mb > 0)).toBe(true);
      expect(exit.stdout).toContain('## 12 articles');
    },
  );
});
