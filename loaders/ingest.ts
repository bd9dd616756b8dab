/**
 * The ingest path: inputs → read → extract → graph rows → one transaction per batch of articles. Each
 * input fails alone: a bad file is reported with its reason and the others still load.
 */
import type { Executor, WriteCounts } from '../db/executor.js';
import { DatabaseUnavailableError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { ingestArticles } from '../runtime/metrics.js';
import { applyCuration } from './resolve/apply-curation.js';
import { EMPTY_CURATION, type Curation } from './resolve/curation.js';
import type { SourceDocument } from './extraction.js';
import { extractArticle } from './extract/extract-article.js';
import { readInputs, type ReadOptions } from './read/read-inputs.js';
import { graphRows, type GraphRows } from './write/graph-rows.js';
import { writeArticle, writeArticles, type WriteOutcome } from './write/write-articles.js';

/** Articles per transaction: enough to spread the commit's cost, few enough to keep transactions short. */
export const DEFAULT_BATCH_SIZE = 25;

export interface IngestFailure {
  readonly source: string;
  readonly reason: string;
  readonly message: string;
}

export interface IngestSummary {
  readonly articles: Record<WriteOutcome | 'failed', number>;
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsDeleted: number;
  readonly failures: IngestFailure[];
}

export interface IngestOptions extends Partial<ReadOptions> {
  readonly curation?: Curation;
  readonly batchSize?: number;
  readonly onArticle?: (source: string, outcome: WriteOutcome | 'failed') => void;
}

interface Pending {
  readonly source: string;
  readonly rows: GraphRows;
}

export function toGraphRows(doc: SourceDocument, curation: Curation = EMPTY_CURATION): GraphRows {
  return graphRows(doc, applyCuration(extractArticle(doc), curation), curation.version);
}

export async function ingestDocument(executor: Executor, doc: SourceDocument, curation: Curation = EMPTY_CURATION) {
  const written = await writeArticle(executor, toGraphRows(doc, curation));
  ingestArticles.inc({ outcome: written.outcome });
  return written;
}

export async function ingest(
  executor: Executor,
  inputs: readonly string[],
  logger: Logger,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary = {
    articles: { new: 0, unchanged: 0, updated: 0, failed: 0 },
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    failures: [] as IngestFailure[],
  };
  const fail = (source: string, reason: string, message: string) => {
    summary.articles.failed++;
    summary.failures.push({ source, reason, message });
    ingestArticles.inc({ outcome: 'failed' });
    logger.warn({ source, reason }, message);
    options.onArticle?.(source, 'failed');
  };
  const settle = (pending: readonly Pending[], outcomes: readonly WriteOutcome[], counts: WriteCounts) => {
    pending.forEach((item, index) => {
      const outcome = outcomes[index]!;
      summary.articles[outcome]++;
      ingestArticles.inc({ outcome });
      options.onArticle?.(item.source, outcome);
    });
    addCounts(summary, counts);
  };
  /** Writes a batch; if the batch fails for a reason of its own, writes its articles one by one to find the culprit. */
  const write = async (pending: readonly Pending[]) => {
    try {
      const { outcomes, counts } = await writeArticles(
        executor,
        pending.map((item) => item.rows),
      );
      settle(pending, outcomes, counts);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError || pending.length === 1) throw error;
      for (const item of pending) {
        try {
          const { outcome, counts } = await writeArticle(executor, item.rows);
          settle([item], [outcome], counts);
        } catch (single) {
          if (single instanceof DatabaseUnavailableError) throw single;
          fail(
            item.source,
            'write_failed',
            `${item.source}: ${single instanceof Error ? single.message : String(single)}`,
          );
        }
      }
    }
  };

  let batch: Pending[] = [];
  let writing: Promise<void> = Promise.resolve();
  for await (const result of readInputs(inputs, options)) {
    if (!result.ok) {
      fail(result.source, result.error.reason, result.error.message);
      continue;
    }
    for (const doc of result.documents) {
      try {
        batch.push({ source: doc.source, rows: toGraphRows(doc, options.curation) });
      } catch (error) {
        fail(
          doc.source,
          'extraction_failed',
          `${doc.source}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (batch.length >= batchSize) {
        // The next batch is read and extracted while this one is written.
        await writing;
        writing = write(batch);
        // Awaited before the next write; until then a failure must not count as unhandled.
        writing.catch(() => undefined);
        batch = [];
      }
    }
  }
  await writing;
  if (batch.length > 0) await write(batch);
  return summary;
}

function addCounts(summary: { -readonly [K in keyof WriteCounts]: number }, counts: WriteCounts): void {
  summary.nodesCreated += counts.nodesCreated;
  summary.relationshipsCreated += counts.relationshipsCreated;
  summary.nodesDeleted += counts.nodesDeleted;
  summary.relationshipsDeleted += counts.relationshipsDeleted;
}
