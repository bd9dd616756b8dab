/**
 * Where each page of the article list starts, for each target: walked once through our server and the
 * peer's (each has its own cursor format: ours a keyset, the peer's an offset), the raw Cypher resuming
 * after the last (publishedAt, id) of our pages.
 */
import { fromGlobalId } from '../../resolvers/ids/global-id.js';
import { ARTICLE_LIST, type PageCursors } from './queries.js';

/** Pages walked per target: the article-page query cycles through them. */
const PAGES = 10;

interface ListPage {
  readonly edges: { node: { id: string; publishedAt: string | null } }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function post(url: string, body: unknown): Promise<Record<string, ListPage>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: Record<string, ListPage>; errors?: { message: string }[] };
  if (!json.data || json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

async function walk(url: string, query: string, field: string): Promise<ListPage[]> {
  const pages: ListPage[] = [];
  let after: string | null = null;
  for (let i = 0; i < PAGES - 1; i++) {
    const page: ListPage = (await post(url, { query, variables: { after } }))[field]!;
    if (!page.pageInfo.hasNextPage) break;
    pages.push(page);
    after = page.pageInfo.endCursor;
  }
  return pages;
}

/**
 * When the peer cannot page the list at all (at 100,000 articles its `articlesConnection` outgrew Neo4j's
 * transaction memory), it keeps no cursors: it is then asked for the first page, and its errors are
 * reported with the load figures.
 */
export async function walkPageCursors(
  oursUrl: string,
  peerUrl: string,
  progress: (line: string) => void,
): Promise<PageCursors> {
  const ours = await walk(oursUrl, ARTICLE_LIST.ours, 'articles');
  const peer = await walk(peerUrl, ARTICLE_LIST.peer, 'articlesConnection').catch((error: unknown) => {
    progress(
      `@neo4j/graphql could not page the article list: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`,
    );
    return null;
  });
  const count = peer ? Math.min(ours.length, peer.length) : ours.length;
  return {
    ours: ours.slice(0, count).map((page) => page.pageInfo.endCursor!),
    peer: (peer ?? []).slice(0, count).map((page) => page.pageInfo.endCursor!),
    raw: ours.slice(0, count).map((page) => {
      const last = page.edges.at(-1)!.node;
      return { afterKey: last.publishedAt ?? '', afterId: fromGlobalId(last.id).id };
    }),
  };
}
