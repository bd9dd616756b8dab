/** `docs/benchmarks.md`: goals, a table across sizes, then each size's mix, queries and PROFILE. */
import { QUERIES } from '../query-mix/queries.js';
import type { TargetName } from '../query-mix/request-bodies.js';
import { markdownTable } from '../support/markdown-table.js';
import type { LoadFigures } from '../support/load-client.js';
import type { BenchmarkResults } from './results.js';

const TARGET_LABELS: Readonly<Record<TargetName, string>> = {
  ours: 'ours',
  neo4jGraphql: '@neo4j/graphql',
  rawCypher: 'raw Cypher',
};
const TARGET_ORDER: readonly TargetName[] = ['ours', 'neo4jGraphql', 'rawCypher'];

const n = (value: number, digits = 1) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const int = (value: unknown) => Number(value ?? 0).toLocaleString('en-US');
const ratio = (a: number, b: number) => (b > 0 ? `${n(a / b, 2)}×` : 'n/a');
const met = (ok: boolean) => (ok ? 'yes' : '**no**');
/** req/s, marked when some answers were errors (older results carry no error figures). */
const rps = (f: LoadFigures) =>
  f.errors > 0 ? (f.errors >= f.requests ? '**failed**' : `${n(f.rps)} (**${int(f.errors)} errors**)`) : n(f.rps);

/** Each question of the mix at `clients`, for one target; absent in results written before it ran. */
const perQuery = (r: BenchmarkResults, target: TargetName) =>
  QUERIES.map((query) => ({ name: query.name, figures: r.load[r.mix.clients]?.[query.name]?.[target] })).filter(
    (q) => q.figures !== undefined,
  );

/** The goals of the performance issue, each met or not by the results. Ratios are taken within one run. */
function goals(all: readonly BenchmarkResults[]): string {
  const rows: string[][] = [];
  for (const r of all) {
    const size = `${int(r.articles)} articles`;
    rows.push([
      `extraction ≥ 200 articles/s (one core)`,
      size,
      n(r.ingest.extract_articles_per_s),
      met(r.ingest.extract_articles_per_s >= 200),
    ]);
    rows.push([
      `end-to-end ingest ≥ 100 articles/s`,
      size,
      n(r.ingest.end_to_end_articles_per_s),
      met(r.ingest.end_to_end_articles_per_s >= 100),
    ]);
    rows.push([
      `mix throughput ≥ 1.5× @neo4j/graphql (${r.mix.clients} clients)`,
      size,
      ratio(r.mix.ours.rps, r.mix.neo4jGraphql.rps),
      met(r.mix.ours.rps >= 1.5 * r.mix.neo4jGraphql.rps),
    ]);
    const peer = new Map(perQuery(r, 'neo4jGraphql').map((q) => [q.name, q.figures!.rps]));
    const behind = perQuery(r, 'ours').filter((q) => q.figures!.rps < (peer.get(q.name) ?? 0));
    rows.push([
      `no question below @neo4j/graphql's throughput (${r.mix.clients} clients)`,
      size,
      behind.length === 0 ? 'none below' : behind.map((q) => q.name).join(', '),
      met(behind.length === 0),
    ]);
    rows.push([
      `mix p50 ≤ 1.5× raw Cypher's (${r.mix.clients} clients)`,
      size,
      ratio(r.mix.ours.p50_ms, r.mix.rawCypher.p50_ms),
      met(r.mix.ours.p50_ms <= 1.5 * r.mix.rawCypher.p50_ms),
    ]);
  }
  const [small, large] = [all[0], all.at(-1)];
  if (small && large && large !== small) {
    const range = `${int(large.articles)} vs ${int(small.articles)}`;
    const ingestDrop = large.ingest.end_to_end_articles_per_s / small.ingest.end_to_end_articles_per_s;
    rows.push([
      `ingest throughput at the largest size within 20% of the smallest`,
      range,
      `${n(ingestDrop * 100, 0)}%`,
      met(ingestDrop >= 0.8),
    ]);
    rows.push([
      `ours: mix p99 at the largest size ≤ 2× the smallest's`,
      range,
      ratio(large.mix.ours.p99_ms, small.mix.ours.p99_ms),
      met(large.mix.ours.p99_ms <= 2 * small.mix.ours.p99_ms),
    ]);
    const smallP99 = new Map(perQuery(small, 'ours').map((q) => [q.name, q.figures!.p99_ms]));
    for (const q of perQuery(large, 'ours')) {
      const base = smallP99.get(q.name);
      if (base === undefined) continue;
      rows.push([
        `ours: ${q.name} p99 at the largest size ≤ 2× the smallest's`,
        range,
        ratio(q.figures!.p99_ms, base),
        met(q.figures!.p99_ms <= 2 * base),
      ]);
    }
    rows.push([
      `loader memory flat in N (peak RSS within 20%)`,
      range,
      `${n(large.ingest.peak_rss_mb, 0)} vs ${n(small.ingest.peak_rss_mb, 0)} MB`,
      met(large.ingest.peak_rss_mb <= 1.2 * small.ingest.peak_rss_mb),
    ]);
  }
  return markdownTable(['goal', 'size', 'measured', 'met'], rows);
}

function sizes(all: readonly BenchmarkResults[]): string {
  return markdownTable(
    [
      'articles',
      'nodes',
      'relationships',
      'extraction articles/s',
      'ingest articles/s',
      'nodes/s',
      'relationships/s',
      'loader peak RSS',
      'Neo4j peak RSS',
      `mix req/s ours / peer / raw`,
      'mix p99 ours',
    ],
    all.map((r) => [
      int(r.articles),
      int(r.graph?.nodes),
      int(r.graph?.relationships),
      n(r.ingest.extract_articles_per_s),
      n(r.ingest.end_to_end_articles_per_s),
      n(r.ingest.nodes_per_s, 0),
      n(r.ingest.relationships_per_s, 0),
      `${n(r.ingest.peak_rss_mb, 0)} MB`,
      r.ingest.neo4j_peak_rss_mb === null ? 'n/a' : `${n(r.ingest.neo4j_peak_rss_mb, 0)} MB`,
      `${n(r.mix.ours.rps, 0)} / ${n(r.mix.neo4jGraphql.rps, 0)} / ${n(r.mix.rawCypher.rps, 0)}`,
      `${n(r.mix.ours.p99_ms)} ms`,
    ]),
  );
}

function mixTable(r: BenchmarkResults): string {
  const rows = r.settings.clients.flatMap((clients) => {
    const mix = r.load[clients]?.mix;
    if (!mix) return [];
    return TARGET_ORDER.map((t) => [
      String(clients),
      TARGET_LABELS[t],
      rps(mix[t]),
      n(mix[t].p50_ms),
      n(mix[t].p95_ms),
      n(mix[t].p99_ms),
      ratio(mix[t].rps, mix.neo4jGraphql.rps),
      ratio(mix[t].p50_ms, mix.rawCypher.p50_ms),
    ]);
  });
  return markdownTable(
    ['clients', 'target', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s vs peer', 'p50 vs raw'],
    rows,
  );
}

function queryTable(r: BenchmarkResults, clients: number): string {
  const load = r.load[clients] ?? {};
  return markdownTable(
    [
      'query',
      ...TARGET_ORDER.map((t) => `${TARGET_LABELS[t]} req/s`),
      ...TARGET_ORDER.map((t) => `${TARGET_LABELS[t]} p50 / p99 ms`),
    ],
    QUERIES.filter((q) => load[q.name]).map((q) => {
      const f = load[q.name]!;
      return [
        q.name,
        ...TARGET_ORDER.map((t) => rps(f[t])),
        ...TARGET_ORDER.map((t) => `${n(f[t].p50_ms)} / ${n(f[t].p99_ms)}`),
      ];
    }),
  );
}

function profileTable(r: BenchmarkResults): string {
  return markdownTable(
    ['query', ...TARGET_ORDER.map((t) => `${TARGET_LABELS[t]}: statements / db hits / rows`)],
    QUERIES.filter((q) => r.profiles[q.name]).map((q) => [
      q.name,
      ...TARGET_ORDER.map((t) => {
        const p = r.profiles[q.name]![t];
        return p.error ? '**failed**' : `${p.statements} / ${int(p.dbHits)} / ${int(p.rows)}`;
      }),
    ]),
  );
}

function sizeSection(r: BenchmarkResults): string {
  const e = r.environment;
  const clients = r.mix.clients;
  return [
    `## ${int(r.articles)} articles`,
    '',
    `Run ${r.startedAt} on ${e.cpus} × ${e.cpuModel ?? 'unknown CPU'}, ${e.memoryGb} GiB, ${e.platform}; Node ${e.node}; ${e.database}. ` +
      `Load average ${e.loadAverageBefore.map((x) => n(x, 2)).join(' ')} before, ${e.loadAverageAfter.map((x) => n(x, 2)).join(' ')} after. ` +
      `${r.settings.seconds} s per load run after ${r.settings.warmup} s of warm-up. ` +
      `Packages: ${Object.entries(e.packages)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ')}.`,
    '',
    `### The mix`,
    '',
    mixTable(r),
    '',
    `Round-trips to Neo4j per request, ours, weighted over the mix: ${n(r.mix.ours.roundtrips_per_request, 2)}. ` +
      `Server RSS, highest seen after a load run: ${TARGET_ORDER.map((t) => `${TARGET_LABELS[t]} ${r.serverRssMb[t] ?? 'n/a'} MB`).join(', ')}.`,
    '',
    `### Each query at ${clients} clients`,
    '',
    queryTable(r, clients),
    '',
    '### What each query ran (`PROFILE`, one request)',
    '',
    profileTable(r),
    ...failures(r),
  ].join('\n');
}

/** Each target's errors, once per query: its first error answer, and any PROFILE request that failed. */
function failures(r: BenchmarkResults): string[] {
  const seen = new Map<string, string>();
  for (const [clients, workloads] of Object.entries(r.load)) {
    for (const [workload, targets] of Object.entries(workloads)) {
      for (const t of TARGET_ORDER) {
        const f = targets[t];
        if (f.errors > 0 && !seen.has(`${t} ${workload}`))
          seen.set(
            `${t} ${workload}`,
            `${TARGET_LABELS[t]}, ${workload} (first at ${clients} clients, ${int(f.errors)} of ${int(f.requests)}): ${f.firstError}`,
          );
      }
    }
  }
  for (const [query, profiles] of Object.entries(r.profiles)) {
    for (const t of TARGET_ORDER)
      if (profiles[t].error)
        seen.set(`${t} ${query} profile`, `${TARGET_LABELS[t]}, ${query} (PROFILE request): ${profiles[t].error}`);
  }
  if (seen.size === 0) return [];
  return ['', '### Failures', '', ...[...seen.values()].map((line) => `- ${line.replace(/\s+/g, ' ')}`)];
}

export function renderBenchmarks(all: readonly BenchmarkResults[]): string {
  return [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench -- --articles N` (bench/benchmark.ts) from bench/results/bench-*.json. Do not edit. -->',
    '',
    'Three targets answer the same questions from the same Neo4j in one run: **ours** (`bin/start.ts`), **@neo4j/graphql**',
    '(the Neo4j GraphQL Library on `bench/peer/type-defs.graphql`, served by Apollo Server and Express as ours is) and',
    '**raw Cypher** (`cypher/benchmark/`, hand-written, run through neo4j-driver behind a bare HTTP endpoint: the floor).',
    'Each runs in a process of its own; autocannon sends the requests over loopback, every client sending its next',
    'request when the last is answered. Latencies are per response, and req/s counts answers without errors; any',
    "target's errors are listed under Failures.",
    '',
    markdownTable(
      ['query', 'share of the mix', 'what it asks'],
      QUERIES.map((q) => [q.name, `${q.weight}%`, q.description]),
    ),
    '',
    '## Goals',
    '',
    goals(all),
    '',
    'Why each goal marked **no** is not met, with the measurements that say so: [performance-goals.md](performance-goals.md).',
    '',
    '## Sizes',
    '',
    sizes(all),
    '',
    ...all.flatMap((r) => [sizeSection(r), '']),
  ].join('\n');
}
