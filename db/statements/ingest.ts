/** The loader's writes: one batch of articles' graph rows, the facts they replace, and what that orphans. */
import type { GraphRows } from '../../loaders/write/graph-rows.js';
import type { StoredStatistic } from '../../loaders/write/statistic-identity.js';
import { statement } from '../statement.js';
import type { Ids } from './nodes.js';

export interface ArticleIds {
  readonly articleIds: readonly string[];
}

/** Entities and facts that lost evidence: removed by prune-orphans if nothing else holds them. */
export interface OrphanCandidates {
  readonly entityIds: string[];
  readonly factIds: string[];
}

export const writeArticleGraph = statement<{ readonly batch: readonly GraphRows[] }, { readonly written: number }>(
  'ingest/write-article-graph',
);
export const deleteArticleFacts = statement<ArticleIds, OrphanCandidates>('ingest/delete-article-facts');
export const deleteArticles = statement<ArticleIds, never>('ingest/delete-articles');
export const pruneOrphans = statement<OrphanCandidates, { readonly done: number }>('ingest/prune-orphans');
/** Entities merged away, and the ids they now are. */
export const findRedirects = statement<Ids, { readonly id: string; readonly to: string }>('ingest/find-redirects');
export const findStatisticCandidates = statement<
  { readonly claims: readonly (Omit<StoredStatistic, 'unit'> & { readonly unitClass: string | null })[] },
  StoredStatistic
>('ingest/find-statistic-candidates');
