/**
 * Writes a batch of articles in one transaction, so a crash leaves all of it or none of it (and the
 * commit, the dearest step, is paid once per batch). For each article:
 * - same text, same extraction and curation: nothing to do ("unchanged");
 * - same text re-extracted differently, or a new version of an article from the same URL or file: the
 *   facts whose evidence the old version held are replaced, and entities left with no evidence are
 *   removed ("updated");
 * - otherwise "new".
 * Reads are batched too: versions, redirects and stored figures are each one round-trip per batch.
 */
import type { Executor, TransactionRunner, WriteCounts } from '../../db/executor.js';
import { applyRedirects, entityIds } from './apply-redirects.js';
import type { GraphRows, StatisticRow } from './graph-rows.js';
import { recordChange } from './record-change.js';
import { isSameClaim, type StoredStatistic } from './statistic-identity.js';
import { findArticleVersions } from '../../db/statements/articles.js';
import {
  deleteArticleFacts,
  deleteArticles,
  findRedirects,
  findStatisticCandidates,
  pruneOrphans,
  writeArticleGraph,
} from '../../db/statements/ingest.js';

export type WriteOutcome = 'new' | 'unchanged' | 'updated';

export interface BatchResult {
  /** One outcome per article, in the order given. */
  readonly outcomes: WriteOutcome[];
  readonly counts: WriteCounts;
}

const NO_WRITES: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };

export function writeArticles(executor: Executor, batch: readonly GraphRows[]): Promise<BatchResult> {
  return executor.writeTransaction((tx) => writeInTransaction(tx, batch));
}

export async function writeArticle(
  executor: Executor,
  rows: GraphRows,
): Promise<{ outcome: WriteOutcome; counts: WriteCounts }> {
  const { outcomes, counts } = await writeArticles(executor, [rows]);
  return { outcome: outcomes[0]!, counts };
}

async function writeInTransaction(tx: TransactionRunner, batch: readonly GraphRows[]): Promise<BatchResult> {
  const articles = batch.map(({ article }) => ({ id: article.id, url: article.url, source: article.source }));
  const stored = new Map((await tx.run(findArticleVersions, { articles })).map((row) => [String(row.id), row]));

  const outcomes: WriteOutcome[] = [];
  const toWrite: GraphRows[] = [];
  const replaced: string[] = [];
  const superseded: string[] = [];
  const seen = new Set<string>();
  for (const rows of batch) {
    const { id, fingerprint } = rows.article;
    const found = stored.get(id);
    const previousIds = (found?.previousIds ?? []).filter((previous) => !seen.has(previous));
    const sameStored = found?.sameId !== null && found?.sameId !== undefined;
    // The same text twice in one batch is written once.
    if (seen.has(id) || (sameStored && found?.fingerprint === fingerprint && previousIds.length === 0)) {
      outcomes.push('unchanged');
      continue;
    }
    seen.add(id);
    if (sameStored) replaced.push(id);
    replaced.push(...previousIds);
    superseded.push(...previousIds);
    outcomes.push(sameStored || previousIds.length > 0 ? 'updated' : 'new');
    toWrite.push(rows);
  }
  if (toWrite.length === 0) return { outcomes, counts: NO_WRITES };

  let counts = NO_WRITES;
  let orphanCandidates: { entityIds: string[]; factIds: string[] } | undefined;
  if (replaced.length > 0) {
    orphanCandidates = { entityIds: [], factIds: [] };
    for (const row of await tx.run(deleteArticleFacts, { articleIds: replaced })) {
      // Not spread as arguments: an article with a hundred thousand facts would overflow the call stack.
      for (const id of row.entityIds) orphanCandidates.entityIds.push(id);
      for (const id of row.factIds) orphanCandidates.factIds.push(id);
    }
    if (superseded.length > 0) counts = add(counts, await tx.count(deleteArticles, { articleIds: superseded }));
  }

  const redirected = await followRedirects(tx, toWrite);
  await reuseStoredClaims(
    tx,
    redirected.flatMap((rows) => rows.statistics),
  );
  counts = add(counts, await tx.count(writeArticleGraph, { batch: redirected }));
  if (orphanCandidates) counts = add(counts, await tx.count(pruneOrphans, orphanCandidates));
  const written = outcomes.filter((outcome): outcome is 'new' | 'updated' => outcome !== 'unchanged');
  await recordChange(tx, {
    articles: toWrite.map((rows, index) => ({ id: rows.article.id, change: written[index]! })),
    entities: [...new Set(redirected.flatMap(entityIds))].map((id) => ({ id, change: 'updated' as const })),
  });
  return { outcomes, counts };
}

/** Entities an analyst merged away are written to the entity they were merged into. */
async function followRedirects(tx: TransactionRunner, batch: readonly GraphRows[]): Promise<GraphRows[]> {
  const redirects = await tx.run(findRedirects, { ids: [...new Set(batch.flatMap(entityIds))] });
  const to = new Map(redirects.map((row) => [String(row.id), String(row.to)]));
  return batch.map((rows) => applyRedirects(rows, to));
}

/**
 * A figure already reported (by a stored article, or by an earlier article of this batch) becomes the
 * same Statistic node, cited twice.
 */
async function reuseStoredClaims(tx: TransactionRunner, statistics: StatisticRow[]): Promise<void> {
  const claims = statistics
    .filter((s) => s.value !== null)
    .map(({ id, value, valueHigh, unitClass, periodStart, placeId, measureWords }) => ({
      id,
      value,
      valueHigh,
      unitClass,
      periodStart,
      placeId,
      measureWords,
    }));
  if (claims.length === 0) return;
  const stored = await tx.run(findStatisticCandidates, { claims });
  // By value: a batch holds hundreds of figures, and each is compared with its namesakes only.
  const known = new Map<number | null, StoredStatistic[]>();
  const remember = (statistic: StoredStatistic) => {
    const namesakes = known.get(statistic.value);
    if (namesakes) namesakes.push(statistic);
    else known.set(statistic.value, [statistic]);
  };
  stored.forEach(remember);
  for (const statistic of statistics) {
    const match = known
      .get(statistic.value)
      ?.find((candidate) => candidate.id !== statistic.id && isSameClaim(candidate, statistic));
    if (match) statistic.id = match.id;
    else remember(statistic);
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
