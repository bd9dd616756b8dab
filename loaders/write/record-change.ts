/**
 * Every write that changes what readers see logs the change in the same transaction, as its last
 * statement (cypher/live/record-change.cypher): live subscriptions are served from that log, so an event
 * is only ever seen after the data it announces is committed, whichever process wrote it.
 */
import type { TransactionRunner } from '../../db/executor.js';
import { recordChange as recordChangeStatement } from '../../db/statements/live.js';

export type ArticleChange = 'new' | 'updated' | 'deleted';
export type EntityChange = 'updated' | 'merged' | 'alias_added' | 'deleted';

export interface Change {
  readonly articles?: readonly { readonly id: string; readonly change: ArticleChange }[];
  readonly entities?: readonly { readonly id: string; readonly change: EntityChange }[];
  /** For a merge: the entity the merged one now is. */
  readonly mergedInto?: string;
}

/** Entries kept in the log: hours of ingest at full speed, far more than a server falls behind by. */
export const CHANGE_LOG_KEEP = 100_000;

export async function recordChange(tx: TransactionRunner, change: Change): Promise<void> {
  const articles = change.articles ?? [];
  const entities = change.entities ?? [];
  if (articles.length === 0 && entities.length === 0) return;
  await tx.run(recordChangeStatement, {
    articleIds: articles.map((article) => article.id),
    outcomes: articles.map((article) => article.change),
    entityIds: entities.map((entity) => entity.id),
    entityChanges: entities.map((entity) => entity.change),
    mergedInto: change.mergedInto ?? null,
    keep: CHANGE_LOG_KEEP,
  });
}
