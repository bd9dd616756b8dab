/**
 * `npm run soak -- --articles 10000 --seconds 300 [--clients 32] [--warmup 30] [--out DIR]`
 *
 * Our server (`bin/start.ts`, a process of its own) under the benchmark's query mix from many clients for
 * a long time, on a graph of N generated articles: every answer must be free of errors, and the server's
 * RSS at the end must be within 20% of its RSS after the warm-up (no leak). Prints the figures, writes
 * them to `bench/results/soak-<N>.json` (or DIR), and exits 1 when either condition fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../runtime/config.js';
import { createLogger } from '../runtime/logger.js';
import { mixBodies } from './query-mix/request-bodies.js';
import { parseBenchArgs } from './support/bench-args.js';
import { runLoad } from './support/load-client.js';
import { loadGeneratedGraph } from './support/loaded-graph.js';
import { processRssBytes } from './support/process-rss.js';
import { spawnTarget } from './support/spawn-target.js';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const MAX_RSS_GROWTH = 0.2;
const NO_PAGES = { ours: [], peer: [], raw: [] };

const progress = (line: string) => process.stderr.write(`soak: ${line}\n`);
const rssMb = (pid: number) => Math.round((processRssBytes(pid) ?? 0) / 2 ** 20);

async function main(): Promise<boolean> {
  // The memory verdict is measured from the end of the warm-up: under load V8 keeps growing its heap for
  // tens of seconds (2 s left a 53% "growth" that stopped at 298 MB; 30 s measured 16%).
  const args = parseBenchArgs(process.argv.slice(2), { articles: 10_000, warmup: 30 });
  const clients = args.clients.at(-1)!;
  const config = loadConfig();
  const logger = createLogger({ level: 'warn', format: 'json', name: 'soak' });
  const { bench, graph, cases, serverEnv } = await loadGeneratedGraph(
    config,
    logger,
    args.seed,
    args.articles,
    progress,
  );
  const server = await spawnTarget('bin/start.ts', serverEnv).catch(async (error: unknown) => {
    await bench.close();
    throw error;
  });
  try {
    const bodies = mixBodies('ours', cases, NO_PAGES);
    progress(`warm-up: ${clients} clients for ${args.warmup} s`);
    const warmup = await runLoad({ url: server.url, bodies, connections: clients, seconds: args.warmup });
    const rssAfterWarmup = rssMb(server.pid);
    progress(`soak: ${clients} clients for ${args.seconds} s (RSS after warm-up ${rssAfterWarmup} MB)`);
    let rssPeak = rssAfterWarmup;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(server.pid))), 1_000);
    const soak = await runLoad({ url: server.url, bodies, connections: clients, seconds: args.seconds }).finally(() =>
      clearInterval(sampler),
    );
    const rssAtEnd = rssMb(server.pid);
    const growth = rssAfterWarmup > 0 ? (rssAtEnd - rssAfterWarmup) / rssAfterWarmup : 0;
    const results = {
      articles: args.articles,
      graph,
      clients,
      seconds: args.seconds,
      warmup: { seconds: args.warmup, ...warmup },
      soak,
      serverRssMb: {
        afterWarmup: rssAfterWarmup,
        peak: rssPeak,
        atEnd: rssAtEnd,
        growthPercent: Math.round(growth * 1000) / 10,
      },
      passed: warmup.errors + soak.errors === 0 && growth <= MAX_RSS_GROWTH,
    };
    const dir = args.out ? path.resolve(args.out) : RESULTS_DIR;
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `soak-${args.articles}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(
      `${soak.requests} requests in ${args.seconds} s at ${clients} clients: ${soak.errors} errors, ${soak.rps} req/s, ` +
        `p50 ${soak.p50_ms} ms, p95 ${soak.p95_ms} ms, p99 ${soak.p99_ms} ms; server RSS ${rssAfterWarmup} MB after warm-up, ` +
        `${rssAtEnd} MB at the end (${results.serverRssMb.growthPercent}%), peak ${rssPeak} MB. ${results.passed ? 'PASSED' : 'FAILED'}\n` +
        `raw figures: ${path.relative(process.cwd(), file)}\n`,
    );
    return results.passed;
  } finally {
    await server.stop();
    await bench.close();
  }
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    process.stderr.write(`soak: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
