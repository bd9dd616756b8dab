/**
 * Writes one article's rows in one transaction, so a crash leaves all of it or none of it.
 * - same text, same extractor and curation: nothing to do ("unchanged");
 * - same text re-extracted, or a new version of an article from the same URL or file: the facts whose
 *   evidence the old version held are replaced, and entities left with no evidence are removed ("updated");
 * - otherwise "new".
 */
import type { Executor, TransactionRunner, WriteCounts } from '../../db/executor.js';
import type { GraphRows, StatisticRow } from './graph-rows.js';
import { applyRedirects, entityIds } from './apply-redirects.js';
import { isSameClaim, type StoredStatistic } from './statistic-identity.js';

export type WriteOutcome = 'new' | 'unchanged' | 'updated';

export interface WriteResult {
  readonly outcome: WriteOutcome;
  readonly counts: WriteCounts;
}

const NO_WRITES: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };

export function writeArticle(executor: Executor, extracted: GraphRows): Promise<WriteResult> {
  return executor.writeTransaction(async (tx) => {
    const { article } = extracted;
    const [found] = await tx.run('articles/find-article-version', { id: article.id, url: article.url, source: article.source });
    const previousIds = (found?.previousIds as string[] | undefined) ?? [];
    const sameId = found?.sameId ?? null;
    if (sameId !== null && found?.fingerprint === article.fingerprint && previousIds.length === 0) {
      return { outcome: 'unchanged', counts: NO_WRITES };
    }

    const replaced = [...(sameId !== null ? [article.id] : []), ...previousIds];
    let touchedEntities: string[] = [];
    let factIds: string[] = [];
    let counts = NO_WRITES;
    if (replaced.length > 0) {
      for (const row of await tx.run('ingest/delete-article-facts', { articleIds: replaced })) {
        touchedEntities = touchedEntities.concat(row.entityIds as string[]);
        factIds = factIds.concat(row.factIds as string[]);
      }
      if (previousIds.length > 0) counts = add(counts, await tx.count('ingest/delete-articles', { articleIds: previousIds }));
    }

    const redirects = await tx.run('ingest/find-redirects', { ids: entityIds(extracted) });
    const rows = applyRedirects(extracted, new Map(redirects.map((r) => [String(r.id), String(r.to)])));
    await reuseStoredClaims(tx, rows.statistics);
    counts = add(counts, await tx.count('ingest/write-article-graph', { rows }));
    if (replaced.length > 0) counts = add(counts, await tx.count('ingest/prune-orphans', { entityIds: touchedEntities, factIds }));
    return { outcome: replaced.length > 0 ? 'updated' : 'new', counts };
  });
}

/** A figure another article already reported becomes the same Statistic node, cited twice. */
async function reuseStoredClaims(tx: TransactionRunner, statistics: StatisticRow[]): Promise<void> {
  const values = [...new Set(statistics.map((s) => s.value).filter((v): v is number => v !== null))];
  if (values.length === 0) return;
  const stored = (await tx.run('ingest/find-statistic-candidates', { values })) as unknown as StoredStatistic[];
  for (const statistic of statistics) {
    const match = stored.find((candidate) => candidate.id !== statistic.id && isSameClaim(candidate, statistic));
    if (match) statistic.id = match.id;
  }
}

function add(a: WriteCounts, b: WriteCounts): WriteCounts {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    relationshipsCreated: a.relationshipsCreated + b.relationshipsCreated,
    nodesDeleted: a.nodesDeleted + b.nodesDeleted,
    relationshipsDeleted: a.relationshipsDeleted + b.relationshipsDeleted,
  };
}
