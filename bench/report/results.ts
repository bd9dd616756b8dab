/** What one `npm run bench` writes to `bench/results/bench-<N>.json` (and `latest.json`). */
import type { TargetName } from '../query-mix/request-bodies.js';
import type { ExtractionFigures } from '../support/measure-extraction.js';
import type { LoadFigures } from '../support/load-client.js';
import type { Profile } from '../support/profile-statements.js';

export interface MixFigures {
  readonly rps: number;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
}

export interface BenchmarkResults {
  readonly articles: number;
  readonly seed: number;
  readonly startedAt: string;
  readonly settings: { readonly seconds: number; readonly warmup: number; readonly clients: readonly number[] };
  readonly environment: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string | null;
    readonly memoryGb: number;
    readonly platform: string;
    readonly loadAverageBefore: readonly number[];
    readonly loadAverageAfter: readonly number[];
    readonly database: string;
    readonly packages: Readonly<Record<string, string>>;
  };
  readonly graph: { readonly nodes?: unknown; readonly relationships?: unknown } | null;
  /** The whole mix at `clients` (8) concurrent clients. */
  readonly mix: {
    readonly clients: number;
    readonly ours: MixFigures & { readonly roundtrips_per_request: number };
    readonly neo4jGraphql: MixFigures;
    readonly rawCypher: MixFigures;
  };
  readonly ingest: {
    readonly extract_articles_per_s: number;
    readonly end_to_end_articles_per_s: number;
    readonly nodes_per_s: number;
    readonly relationships_per_s: number;
    readonly peak_rss_mb: number;
    readonly neo4j_peak_rss_mb: number | null;
    readonly seconds: number;
    readonly outcomes: Readonly<Record<string, number>>;
  };
  readonly extraction: ExtractionFigures;
  /** clients → workload (a query's name, or "mix") → target → figures. */
  readonly load: Readonly<Record<string, Readonly<Record<string, Readonly<Record<TargetName, LoadFigures>>>>>>;
  /** query → target → what it ran, PROFILEd. */
  readonly profiles: Readonly<Record<string, Readonly<Record<TargetName, Profile>>>>;
  readonly serverRssMb: Readonly<Record<TargetName, number | null>>;
}
