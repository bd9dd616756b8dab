/**
 * `npm run -s bench:fair-sharing -- --articles 1000 --seconds 20 --warmup 5 [--out DIR]`
 *
 * Fair sharing, measured: a few polite clients (4, each with an API key of its own, 5 requests a second
 * each, the benchmark's query mix) alone, then while one client with a key of its own floods the server
 * from 32 connections as fast as it is answered, first with the rate limits off and then on (production
 * defaults: 20 a second plus a burst of 40 per client). Our server (`bin/start.ts`) runs in a process of
 * its own on a graph of N generated articles. Prints the polite clients' p50/p99 in each phase, the
 * flooder's served and refused requests, and writes the figures to `bench/results/fair-sharing-<N>.json`.
 * A measurement, not a test: nothing here fails on a figure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../runtime/config.js';
import { createLogger } from '../runtime/logger.js';
import { mixBodies } from './query-mix/request-bodies.js';
import { parseBenchArgs } from './support/bench-args.js';
import { runLoad, type LoadFigures } from './support/load-client.js';
import { loadGeneratedGraph } from './support/loaded-graph.js';
import { spawnTarget } from './support/spawn-target.js';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const NO_PAGES = { ours: [], peer: [], raw: [] };
const POLITE_CLIENTS = 4;
const POLITE_RATE = 5;
const FLOOD_CONNECTIONS = 32;
const POLITE_KEYS = Array.from({ length: POLITE_CLIENTS }, (_, index) => `fair-sharing-polite-${index}`);
const FLOOD_KEY = 'fair-sharing-flood';

const progress = (line: string) => process.stderr.write(`fair-sharing: ${line}\n`);

interface Phase {
  readonly polite: LoadFigures;
  readonly flood: LoadFigures | null;
}

/** The polite clients' answers together: their requests summed, the worst of their percentiles. */
function together(figures: readonly LoadFigures[]): LoadFigures {
  return {
    requests: figures.reduce((sum, figure) => sum + figure.requests, 0),
    errors: figures.reduce((sum, figure) => sum + figure.errors, 0),
    rps: figures.reduce((sum, figure) => sum + figure.rps, 0),
    p50_ms: Math.max(...figures.map((figure) => figure.p50_ms)),
    p95_ms: Math.max(...figures.map((figure) => figure.p95_ms)),
    p99_ms: Math.max(...figures.map((figure) => figure.p99_ms)),
    firstError: figures.find((figure) => figure.firstError)?.firstError ?? null,
  };
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2), { articles: 1_000 });
  const { seconds } = args;
  const config = loadConfig();
  const logger = createLogger({ level: 'warn', format: 'json', name: 'fair-sharing' });
  const { bench, graph, cases, serverEnv } = await loadGeneratedGraph(
    config,
    logger,
    args.seed,
    args.articles,
    progress,
  );
  const bodies = mixBodies('ours', cases, NO_PAGES);
  const phases: Record<string, Phase> = {};
  try {
    for (const limits of ['off', 'on'] as const) {
      const server = await spawnTarget('bin/start.ts', {
        ...serverEnv,
        API_KEYS: [...POLITE_KEYS, FLOOD_KEY].join(','),
        RATE_LIMIT: limits === 'on' ? 'true' : 'false',
      });
      try {
        const polite = () =>
          Promise.all(
            POLITE_KEYS.map((key) =>
              runLoad({
                url: server.url,
                bodies,
                connections: 1,
                seconds,
                headers: { 'x-api-key': key },
                connectionRate: POLITE_RATE,
              }),
            ),
          ).then(together);
        const flood = () =>
          runLoad({
            url: server.url,
            bodies,
            connections: FLOOD_CONNECTIONS,
            seconds,
            headers: { 'x-api-key': FLOOD_KEY },
          });
        progress(`limits ${limits}: warm-up ${args.warmup} s`);
        if (args.warmup > 0)
          await runLoad({
            url: server.url,
            bodies,
            connections: POLITE_CLIENTS,
            seconds: args.warmup,
            headers: { 'x-api-key': POLITE_KEYS[0]! },
            connectionRate: POLITE_RATE,
          });
        if (limits === 'off') {
          progress(`limits off: ${POLITE_CLIENTS} polite clients alone for ${seconds} s`);
          phases.alone = { polite: await polite(), flood: null };
        }
        progress(
          `limits ${limits}: polite clients while one client floods from ${FLOOD_CONNECTIONS} connections, ${seconds} s`,
        );
        const [politeFigures, floodFigures] = await Promise.all([polite(), flood()]);
        phases[`flood, limits ${limits}`] = { polite: politeFigures, flood: floodFigures };
      } finally {
        await server.stop();
      }
    }
  } finally {
    await bench.close();
  }

  const alone = phases.alone!.polite;
  const lines = Object.entries(phases).map(([name, phase]) => {
    const flood = phase.flood
      ? `; flooder: ${phase.flood.requests} answers, ${phase.flood.requests - phase.flood.errors} served (${phase.flood.rps} req/s), ${phase.flood.errors} refused or failed`
      : '';
    return `${name.padEnd(16)} polite p50 ${phase.polite.p50_ms} ms, p99 ${phase.polite.p99_ms} ms (${(phase.polite.p99_ms / alone.p99_ms).toFixed(2)}× alone), ${phase.polite.errors} polite errors${flood}`;
  });
  const results = {
    articles: args.articles,
    graph,
    seconds,
    politeClients: POLITE_CLIENTS,
    politeRatePerClient: POLITE_RATE,
    floodConnections: FLOOD_CONNECTIONS,
    phases,
  };
  const dir = args.out ? path.resolve(args.out) : RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `fair-sharing-${args.articles}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${lines.join('\n')}\nraw figures: ${path.relative(process.cwd(), file)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`fair-sharing: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
