import type { Executor } from '../db/executor.js';
import type { Logger } from '../runtime/logger.js';
import type { Curation } from './resolve/curation.js';
import { ingest, type IngestSummary } from './ingest.js';
import { projectPath } from '../runtime/project-files.js';

/** The five sample articles shipped in `corpus/seeds/`, loaded through the same path as `npm run ingest`. */
export const SAMPLE_CORPUS_DIR = projectPath('corpus/seeds/');

export async function ingestSampleCorpus(
  executor: Executor,
  logger: Logger,
  curation?: Curation,
): Promise<IngestSummary> {
  const summary = await ingest(executor, [SAMPLE_CORPUS_DIR], logger, curation ? { curation } : {});
  logger.info({ articles: summary.articles }, 'sample corpus loaded');
  return summary;
}
