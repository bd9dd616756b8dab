/**
 * The graph read in pages, for the writers: nodes first, then relationships, then (NDJSON) articles in
 * the extraction shape. Each page is one short read transaction; nothing is kept between pages but the
 * cursor, so memory stays flat however large the graph.
 */
import type { Executor } from '../db/executor.js';
import type { Native } from '../db/to-native.js';
import type { ExportScope } from './export-scope.js';
import {
  type PropertyTypesRow,
  type StoredNodeRow,
  getArticleExtractions,
  getNodesById,
  listArticleIdsAfter,
  listNodeIdsAfter,
  listNodeProperties,
  listNodesAfter,
  listOutgoingRelationships,
  listRelationshipProperties,
} from '../db/statements/export.js';

export interface ExportNode {
  readonly id: string;
  /** The kind label (Article, Person…): every label but `Node`. */
  readonly kind: string;
  readonly labels: readonly string[];
  readonly properties: Readonly<Record<string, Native>>;
}

export interface ExportRelationship {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly properties: Readonly<Record<string, Native>>;
}

/** Neo4j's names for stored types, as `db.schema.*TypeProperties` gives them (String, LongArray, Date…). */
export type StoredType = string;

/** The properties a graph holds and their types: what a format declares before the first row. */
export interface GraphShape {
  readonly nodeProperties: ReadonlyMap<string, StoredType>;
  readonly relationshipProperties: ReadonlyMap<string, StoredType>;
}

export const DEFAULT_PAGE_SIZE = 500;

/** A property stored with several types is exported as the widest: a number if all are numbers, else text. */
function widen(types: readonly string[]): StoredType {
  const distinct = [...new Set(types)];
  if (distinct.length === 1) return distinct[0]!;
  if (distinct.every((type) => type === 'Long' || type === 'Double')) return 'Double';
  if (distinct.every((type) => type.endsWith('Array'))) return 'StringArray';
  return 'String';
}

function collectTypes(rows: readonly PropertyTypesRow[]): Map<string, StoredType> {
  const seen = new Map<string, string[]>();
  for (const row of rows) {
    const name = row.name;
    seen.set(name, [...(seen.get(name) ?? []), ...(row.types ?? [])]);
  }
  return new Map([...seen].sort(([a], [b]) => a.localeCompare(b)).map(([name, types]) => [name, widen(types)]));
}

export async function readGraphShape(executor: Executor): Promise<GraphShape> {
  const [nodes, relationships] = await Promise.all([
    executor.read(listNodeProperties, {}),
    executor.read(listRelationshipProperties, {}),
  ]);
  return { nodeProperties: collectTypes(nodes), relationshipProperties: collectTypes(relationships) };
}

function toNode(row: StoredNodeRow): ExportNode {
  const labels = [...row.labels].sort((a, b) => (a === 'Node' ? 1 : b === 'Node' ? -1 : a.localeCompare(b)));
  return { id: row.id, kind: labels[0] ?? 'Node', labels, properties: row.properties };
}

/** The ids of the scope, a page at a time, in id order. */
async function* idPages(executor: Executor, scope: ExportScope, pageSize: number): AsyncGenerator<string[]> {
  if (scope.kind === 'ids') {
    for (let i = 0; i < scope.ids.length; i += pageSize) yield scope.ids.slice(i, i + pageSize);
    return;
  }
  let after = '';
  for (;;) {
    const rows = await executor.read(listNodeIdsAfter, { after, limit: pageSize });
    if (rows.length > 0) yield rows.map((row) => row.id);
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.id;
  }
}

export async function* readNodes(
  executor: Executor,
  scope: ExportScope,
  pageSize = DEFAULT_PAGE_SIZE,
): AsyncGenerator<ExportNode[]> {
  if (scope.kind === 'ids') {
    for await (const ids of idPages(executor, scope, pageSize))
      yield (await executor.read(getNodesById, { ids })).map(toNode);
    return;
  }
  let after = '';
  for (;;) {
    const rows = await executor.read(listNodesAfter, { after, limit: pageSize });
    if (rows.length > 0) yield rows.map(toNode);
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.id;
  }
}

/** Relationships between nodes of the scope, page by page of their start nodes. */
export async function* readRelationships(
  executor: Executor,
  scope: ExportScope,
  pageSize = DEFAULT_PAGE_SIZE,
): AsyncGenerator<ExportRelationship[]> {
  for await (const ids of idPages(executor, scope, pageSize)) {
    const rows = await executor.read(listOutgoingRelationships, { ids });
    const page = rows
      .map((row) => ({ from: row.from, to: row.to, type: row.type, properties: row.properties }))
      .filter((relationship) => scope.kind === 'all' || scope.members.has(relationship.to));
    if (page.length > 0) yield page;
  }
}

/** The extraction keeps claims reported without quotation marks apart from quotes; the graph holds both as Quote. */
function withClaims(extraction: Native | undefined): Native {
  const value = extraction as { quotes: { kind: string }[] } & Record<string, Native>;
  return {
    ...value,
    quotes: value.quotes.filter((q) => q.kind !== 'indirect'),
    claims: value.quotes.filter((q) => q.kind === 'indirect'),
  };
}

/** The scope's articles in the extraction shape, a page at a time. */
export async function* readArticleExtractions(
  executor: Executor,
  scope: ExportScope,
  pageSize = 100,
): AsyncGenerator<Native[]> {
  const extract = async (ids: readonly string[]) =>
    (await executor.read(getArticleExtractions, { ids })).map((row) => withClaims(row.extraction));
  if (scope.kind === 'ids') {
    // The scope's ids include its entities; only articles have an extraction, and the statement skips the rest.
    for (let i = 0; i < scope.ids.length; i += pageSize) {
      const page = await extract(scope.ids.slice(i, i + pageSize));
      if (page.length > 0) yield page;
    }
    return;
  }
  let after = '';
  for (;;) {
    const rows = await executor.read(listArticleIdsAfter, { after, limit: pageSize });
    if (rows.length > 0) yield await extract(rows.map((row) => row.id));
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.id;
  }
}
