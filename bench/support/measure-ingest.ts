/** One run of the real ingest path over a directory, timed, with peak memory and round-trips. */
import type { Executor } from '../../db/executor.js';
import { ingest, type IngestSummary } from '../../loaders/ingest.js';
import type { Logger } from '../../runtime/logger.js';
import { sampleRss, type RssPeaks } from './rss-sampler.js';

export interface IngestFigures {
  readonly seconds: number;
  readonly articles: IngestSummary['articles'];
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly articlesPerSecond: number;
  readonly nodesPerSecond: number;
  readonly relationshipsPerSecond: number;
  readonly roundTrips: number;
  readonly memory: RssPeaks;
}

export async function measureIngest(
  executor: Executor,
  dir: string,
  logger: Logger,
  label: string,
): Promise<IngestFigures> {
  const roundTripsBefore = executor.roundTrips;
  const sampler = sampleRss();
  const started = performance.now();
  let done = 0;
  const summary = await ingest(executor, [dir], logger, {
    onArticle() {
      if (++done % 1000 === 0)
        process.stderr.write(
          `${label}: ${done} articles, ${(done / ((performance.now() - started) / 1000)).toFixed(1)}/s\n`,
        );
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const memory = sampler.stop();
  const total = Object.values(summary.articles).reduce((a, b) => a + b, 0);
  return {
    seconds,
    articles: summary.articles,
    nodesCreated: summary.nodesCreated,
    relationshipsCreated: summary.relationshipsCreated,
    articlesPerSecond: total / seconds,
    nodesPerSecond: summary.nodesCreated / seconds,
    relationshipsPerSecond: summary.relationshipsCreated / seconds,
    roundTrips: executor.roundTrips - roundTripsBefore,
    memory,
  };
}
