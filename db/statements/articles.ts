import { statement } from '../statement.js';
import type { KeysetParams, KeysetRow } from './paging.js';
import type { ArticleNode, Ids, LabelledNode, Total } from './nodes.js';

/** Every filter is a parameter; null means "any". */
export interface ArticleFilters {
  readonly outlet: string | null;
  readonly publishedFrom: string | null;
  readonly publishedTo: string | null;
}

export type ArticlePageParams = ArticleFilters & KeysetParams;

export const listArticlesByIngestedAt = statement<ArticlePageParams, KeysetRow<ArticleNode>>(
  'articles/list-articles-by-ingested-at',
);
export const listArticlesByPublishedAt = statement<ArticlePageParams, KeysetRow<ArticleNode>>(
  'articles/list-articles-by-published-at',
);
export const listArticlesByTitle = statement<ArticlePageParams, KeysetRow<ArticleNode>>(
  'articles/list-articles-by-title',
);
export const countArticles = statement<ArticleFilters, Total>('articles/count-articles');
/** Reads Neo4j's count store; it is passed the (all null) filters only to be called like countArticles. */
export const countAllArticles = statement<ArticleFilters, Total>('articles/count-all-articles');

/** Where an article names each node it mentions: `starts[i]`–`ends[i]`. */
export type MentionRow = LabelledNode & {
  readonly id: string;
  readonly starts: number[] | null;
  readonly ends: number[] | null;
};
export const getMentions = statement<Ids, MentionRow>('articles/get-mentions');

export interface ArticleVersionsParams {
  readonly articles: readonly { readonly id: string; readonly url: string | null; readonly source: string }[];
}
/** The stored article with the same text (if any), and earlier versions from the same URL or file. */
export interface ArticleVersionsRow {
  readonly id: string;
  readonly sameId: string | null;
  readonly fingerprint: string | null;
  readonly previousIds: string[];
}
export const findArticleVersions = statement<ArticleVersionsParams, ArticleVersionsRow>(
  'articles/find-article-versions',
);
