import type { Executor } from '../../db/executor.js';

/** Removes an article, the facts whose evidence it held, and entities left with no evidence at all. */
export function deleteArticle(executor: Executor, articleId: string): Promise<boolean> {
  return executor.writeTransaction(async (tx) => {
    const [row] = await tx.run('ingest/delete-article-facts', { articleIds: [articleId] });
    if (!row) return false;
    await tx.run('ingest/delete-articles', { articleIds: [articleId] });
    await tx.run('ingest/prune-orphans', { entityIds: row.entityIds, factIds: row.factIds });
    return true;
  });
}
