/**
 * The ingest path: inputs → read → extract → graph rows → one transaction per article. Each input fails
 * alone: a bad file is reported with its reason and the others still load.
 */
import type { Executor, WriteCounts } from '../db/executor.js';
import type { Logger } from '../runtime/logger.js';
import { applyCuration } from './curation/apply-curation.js';
import { EMPTY_CURATION, type Curation } from './curation/curation.js';
import type { SourceDocument } from './extraction.js';
import { extractArticle } from './extract/extract-article.js';
import { readInputs, type ReadOptions } from './read/read-inputs.js';
import { graphRows } from './write/graph-rows.js';
import { writeArticle, type WriteOutcome } from './write/write-article.js';

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
  readonly onArticle?: (source: string, outcome: WriteOutcome | 'failed') => void;
}

export async function ingestDocument(executor: Executor, doc: SourceDocument, curation: Curation = EMPTY_CURATION) {
  return writeArticle(executor, graphRows(doc, applyCuration(extractArticle(doc), curation), curation.version));
}

export async function ingest(executor: Executor, inputs: readonly string[], logger: Logger, options: IngestOptions = {}): Promise<IngestSummary> {
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
    logger.warn({ source, reason }, message);
    options.onArticle?.(source, 'failed');
  };
  for await (const result of readInputs(inputs, options)) {
    if (!result.ok) {
      fail(result.source, result.error.reason, result.error.message);
      continue;
    }
    for (const doc of result.documents) {
      try {
        const { outcome, counts } = await ingestDocument(executor, doc, options.curation);
        summary.articles[outcome]++;
        addCounts(summary, counts);
        options.onArticle?.(doc.source, outcome);
      } catch (error) {
        // A database outage is not the file's fault: stop rather than mark every remaining file failed.
        if (error instanceof Error && 'extensions' in error) throw error;
        fail(doc.source, 'extraction_failed', `${doc.source}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return summary;
}

function addCounts(summary: { -readonly [K in keyof WriteCounts]: number }, counts: WriteCounts): void {
  summary.nodesCreated += counts.nodesCreated;
  summary.relationshipsCreated += counts.relationshipsCreated;
  summary.nodesDeleted += counts.nodesDeleted;
  summary.relationshipsDeleted += counts.relationshipsDeleted;
}
