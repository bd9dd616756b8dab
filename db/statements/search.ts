import { statement } from '../statement.js';
import type { KeysetParams } from './paging.js';
import type { LabelledNode, Total } from './nodes.js';

export interface SearchFilters {
  readonly lucene: string;
  readonly kinds: readonly string[] | null;
}

export interface SearchParams extends SearchFilters, KeysetParams {
  /** `lucene` with near misses, asked instead when `lucene` matches nothing. */
  readonly nearLucene: string;
  /** Hits asked of the index; null for all of them. */
  readonly depth: number | null;
}

/** A hit: its node, score (also its key) and the texts a snippet is cut from, `aliasText` last. */
export type SearchHitRow = LabelledNode & {
  readonly score: number;
  readonly key: number;
  readonly sources: (string | null)[];
};

export interface SearchPageRow {
  readonly page: SearchHitRow[];
  /** True when the index had no more hits than were read. */
  readonly exhausted: boolean;
  /** The lowest score read. */
  readonly reach: number | null;
  /** True when `lucene` matched nothing and `nearLucene` was asked instead. */
  readonly nearMisses: boolean;
}

export const searchNodes = statement<SearchParams, SearchPageRow>('search/search-nodes');
export const countSearchHits = statement<SearchFilters, Total>('search/count-search-hits');
