import type { Executor } from '../../db/executor.js';
import { recordChange } from './record-change.js';
import { deleteArticleFacts, deleteArticles, pruneOrphans } from '../../db/statements/ingest.js';

/** Removes an article, the facts whose evidence it held, and entities left with no evidence at all. */
export function deleteArticle(executor: Executor, articleId: string): Promise<boolean> {
  return executor.writeTransaction(async (tx) => {
    const [row] = await tx.run(deleteArticleFacts, { articleIds: [articleId] });
    if (!row) return false;
    await tx.run(deleteArticles, { articleIds: [articleId] });
    await tx.run(pruneOrphans, { entityIds: row.entityIds, factIds: row.factIds });
    const entities = [...new Set(row.entityIds)].map((id) => ({ id, change: 'updated' as const }));
    await recordChange(tx, { articles: [{ id: articleId, change: 'deleted' }], entities });
    return true;
  });
}
