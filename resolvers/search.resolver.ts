import { createHash } from 'node:crypto';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Executor } from '../db/executor.js';
import type { KeysetParams } from '../db/statements/paging.js';
import {
  countSearchHits,
  searchNodes,
  type SearchHitRow,
  type SearchPageRow,
  type SearchParams,
} from '../db/statements/search.js';
import type { ConnectionSource } from '../schema/connection.type.js';
import type { NodeKind } from '../schema/enums.js';
import { SearchArgs } from '../schema/search.args.js';
import { SearchConnection } from '../schema/search-connection.type.js';
import { BadUserInputError } from '../runtime/errors.js';
import type { Context } from './context/context.js';
import { planPage, toConnection } from './paging/paginate.js';
import { searchLucene, searchTerms, wordMatcher } from './search/search-terms.js';
import { snippet } from './search/snippet.js';
import { toObjectOf, type GraphObject } from './ids/to-object.js';

/** What `search` hands to GraphQL: a connection whose edges carry the hit's score, kind and snippet. */
type SearchPage = Omit<ConnectionSource<GraphObject>, 'edges'> & { readonly edges: readonly SearchHitSource[] };

export interface SearchHitSource {
  readonly cursor: string;
  readonly node: GraphObject;
  readonly score: number;
  readonly kind: NodeKind;
  readonly snippet: string;
}

/**
 * The cursor's sort name: a hit's key is its score, highest first. It names the query too, so a cursor
 * from one search is refused by another instead of silently paging the wrong list.
 */
function byScore(query: string, kinds: readonly string[] | null): string {
  return `SCORE:${createHash('sha256')
    .update(JSON.stringify([query, kinds]))
    .digest('base64url')
    .slice(0, 12)}`;
}

/** The page's hits, and whether they are of the query with near misses. */
type SearchHits = Pick<SearchPageRow, 'page' | 'nearMisses'>;
/** The words as typed, and with near misses, for search/search-nodes to choose from. */
type SearchQueries = Omit<SearchParams, keyof KeysetParams | 'depth'>;

/** Hits asked of the index at first, per row of the page: a few hundred cost about what a dozen do. */
const FIRST_DEPTH_PER_ROW = 25;
/** Each further look goes this many times deeper; past MAX_DEPTH hits, every hit is read. */
const DEEPER = 8;
const MAX_DEPTH = 20_000;

/**
 * The page's rows, from the index's best hits when they make it certain, else from more of them. A common
 * word has tens of thousands of hits, and each hit the index hands over costs a node read: most pages
 * need the first few dozen. A page is certain when the index ran out of hits, or when it is full and
 * every row on it scores above the lowest hit fetched (an unfetched hit scores no higher). Hits that tie
 * on the page's last score may go on past what was fetched (identical names and headlines tie); then the
 * index is asked again, eight times deeper, so the cost follows the ties, not every match.
 */
async function searchPage(executor: Executor, params: SearchQueries & KeysetParams): Promise<SearchHits> {
  for (let depth = params.limit * FIRST_DEPTH_PER_ROW; depth <= MAX_DEPTH; depth *= DEEPER) {
    const [best] = await executor.read(searchNodes, { ...params, depth });
    const page = best!.page;
    if (best!.exhausted || (page.length === params.limit && Number(page.at(-1)!.score) > Number(best!.reach)))
      return best!;
  }
  const [all] = await executor.read(searchNodes, { ...params, depth: null });
  return all!;
}

/** How far from the best hit a backward page may reach; the hits above its cursor are read from the top. */
export const BACKWARD_REACH = 1_000;

/**
 * A backward page (`last`, `before`): the hits ranked above the cursor, nearest first, at most one more
 * than the page. The search statement only walks down the ranking, so this reads the ranking from the top
 * down to the cursor: fine for pages a person has walked forward to, bounded by BACKWARD_REACH.
 */
async function hitsBefore(executor: Executor, queries: SearchQueries, params: KeysetParams): Promise<SearchHits> {
  const [all] = await executor.read(searchNodes, {
    ...queries,
    ...params,
    afterKey: null,
    afterId: null,
    limit: BACKWARD_REACH + 1,
    depth: null,
  });
  const ranked = all!.page;
  const anchored = params.afterId !== null;
  const anchor = Number(params.afterKey);
  const above = anchored
    ? ranked.filter(
        (row) => Number(row.score) > anchor || (Number(row.score) === anchor && row.node.id < params.afterId!),
      )
    : ranked;
  if (ranked.length > BACKWARD_REACH && above.length === ranked.length) {
    const where = anchored ? 'this `before` cursor is' : 'the end of the hits is';
    throw new BadUserInputError(
      `Paging \`search\` backward reaches ${BACKWARD_REACH} hits from the best one, and ${where} further down; page forward with \`first\`/\`after\` instead.`,
      anchored ? 'before' : 'last',
    );
  }
  return { page: above.slice(-params.limit).reverse(), nearMisses: all!.nearMisses };
}

/**
 * The statement's snippet sources end with `aliasText`, the aliases run together for the index; a snippet
 * from it would read as one run-on name. The node's own list of aliases reads as a list.
 */
function readableSources(row: SearchHitRow): string[] {
  const sources = [...row.sources];
  const aliases = 'aliases' in row.node ? row.node.aliases : undefined;
  if (Array.isArray(aliases) && aliases.length > 0)
    sources[sources.length - 1] = `Also called ${aliases.map(String).join('; ')}`;
  return sources.filter((source): source is string => typeof source === 'string');
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'Ranked full-text search across every kind: names, aliases, titles, quotes, figures, article text. Pages forward (`first`, `after`) and backward (`last`, `before`, within the best 1,000 hits).',
  })
  async search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() { executor, maxPageSize }: Context,
  ): Promise<SearchPage> {
    const terms = searchTerms(args.query);
    const queries = {
      lucene: searchLucene(terms, false),
      nearLucene: searchLucene(terms, true),
      kinds: args.kinds?.length ? args.kinds : null,
    };
    const plan = planPage(args, byScore(args.query, queries.kinds), true, maxPageSize);
    const { page: rows, nearMisses } = plan.backward
      ? await hitsBefore(executor, queries, plan.params)
      : await searchPage(executor, { ...queries, ...plan.params });
    const matches = wordMatcher(terms, nearMisses);
    // Counted with the query the page was found with.
    const counted = { lucene: nearMisses ? queries.nearLucene : queries.lucene, kinds: queries.kinds };
    const page = toConnection(
      rows,
      plan,
      (row) => ({
        node: toObjectOf(row),
        score: Number(row.score),
        kind: row.label,
        snippet: snippet(readableSources(row), matches),
      }),
      async () => Number((await executor.read(countSearchHits, counted))[0]?.total ?? 0),
    );
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, ...edge.node })) };
  }
}
