/**
 * Which nodes an export covers. The whole graph is walked page by page and nothing is kept; a part of it
 * (a neighbourhood, the articles since a date and what they hold) is first gathered as a set of ids, ring
 * by ring, which is small beside the graph and lets every page after it be one index seek per node.
 */
import type { Executor } from '../db/executor.js';
import type { Statement } from '../db/statement.js';
import type { IdRow } from '../db/statements/export.js';
import type { Ids } from '../db/statements/nodes.js';
import { fromGlobalId } from '../resolvers/ids/global-id.js';
import { ExportRequestError, type ExportRequest } from './export-request.js';
import { getNodesById, listAdjacentIds, listArticlesSince, listReachedIds } from '../db/statements/export.js';

export type ExportScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'ids'; readonly ids: readonly string[]; readonly members: ReadonlySet<string> };

export interface ScopeOptions {
  /** Most nodes a part of the graph may hold (the HTTP route's bound); unset, no bound. */
  readonly maxNodes?: number | undefined;
  readonly pageSize?: number | undefined;
}

/** Ids per statement when growing a scope: a parameter list of this size plans and runs in milliseconds. */
const CHUNK = 1_000;
/** Forward steps from an article reach its facts, their speakers and sources, and the bodies above them. */
const MAX_FORWARD_STEPS = 8;

/** An API global id (as the explorer and GraphQL clients hold) or the graph's own id. */
export function toGraphId(id: string): string {
  try {
    return fromGlobalId(id).id;
  } catch {
    return id;
  }
}

export async function resolveScope(
  executor: Executor,
  request: ExportRequest,
  options: ScopeOptions = {},
): Promise<ExportScope> {
  if (request.around) return aroundScope(executor, toGraphId(request.around.id), request.around.hops, options);
  if (request.since) return sinceScope(executor, request.since, options);
  return { kind: 'all' };
}

function grow(members: Set<string>, ids: Iterable<string>, maxNodes: number | undefined, what: string): string[] {
  const added: string[] = [];
  for (const id of ids) {
    if (members.has(id)) continue;
    members.add(id);
    added.push(id);
    if (maxNodes !== undefined && members.size > maxNodes) {
      throw new ExportRequestError(
        `${what} holds more than ${maxNodes} nodes, the most one download may hold; ask for fewer hops, or export it with npm run export`,
        413,
      );
    }
  }
  return added;
}

async function step(
  executor: Executor,
  statement: Statement<Ids, IdRow>,
  frontier: readonly string[],
): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < frontier.length; i += CHUNK) {
    const rows = await executor.read(statement, { ids: frontier.slice(i, i + CHUNK) });
    for (const row of rows) found.push(row.id);
  }
  return found;
}

function scopeOf(members: Set<string>): ExportScope {
  return { kind: 'ids', ids: [...members].sort(), members };
}

async function aroundScope(executor: Executor, id: string, hops: number, options: ScopeOptions): Promise<ExportScope> {
  const found = await executor.read(getNodesById, { ids: [id] });
  if (found.length === 0) throw new ExportRequestError(`around: no node with id ${JSON.stringify(id)}`, 404);
  const members = new Set([id]);
  const what = `the neighbourhood of ${id} within ${hops} hop${hops === 1 ? '' : 's'}`;
  let frontier = [id];
  for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
    frontier = grow(members, await step(executor, listAdjacentIds, frontier), options.maxNodes, what);
  }
  return scopeOf(members);
}

async function sinceScope(executor: Executor, since: string, options: ScopeOptions): Promise<ExportScope> {
  const members = new Set<string>();
  const what = `the graph of the articles since ${since}`;
  const pageSize = options.pageSize ?? 1_000;
  let after = '';
  for (;;) {
    const rows = await executor.read(listArticlesSince, { since, after, limit: pageSize });
    grow(
      members,
      rows.map((row) => row.id),
      options.maxNodes,
      what,
    );
    if (rows.length < pageSize) break;
    after = rows.at(-1)!.id;
  }
  let frontier = [...members];
  for (let stepNo = 0; stepNo < MAX_FORWARD_STEPS && frontier.length > 0; stepNo++) {
    frontier = grow(members, await step(executor, listReachedIds, frontier), options.maxNodes, what);
  }
  return scopeOf(members);
}
