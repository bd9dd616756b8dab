/**
 * Per-request batching: every nested field asks a loader, and each loader turns the keys gathered in one
 * tick into a single Cypher round-trip, so a query's cost grows with its depth, not with its rows.
 */
import DataLoader from 'dataloader';
import type { Executor, Params, Row } from '../../db/executor.js';
import type { StatementName } from '../../db/statements.js';
import type { NodeType } from '../ids/global-id.js';
import { LINKS, RELATIONS, type LinkName, type RelationName } from '../relations/relations.js';
import { toObject, type GraphObject } from '../ids/to-object.js';

/** Loads rows for many ids with one `UNWIND $ids` statement and hands each id its rows, in order. */
function grouped(executor: Executor, statement: StatementName, params: Params = {}, key = 'id'): DataLoader<string, Row[]> {
  return new DataLoader(async (ids) => {
    const byId = new Map<string, Row[]>(ids.map((id) => [id, []]));
    for (const row of await executor.read(statement, { ...params, [key === 'id' ? 'ids' : 'parentIds']: ids })) {
      byId.get(String(row[key]))?.push(row);
    }
    return ids.map((id) => byId.get(id) ?? []);
  });
}

/** One DataLoader per distinct set of parameters, so fields with the same arguments batch together. */
function keyed<T>(make: (params: Params) => T): (name: string, params: Params) => T {
  const cache = new Map<string, T>();
  return (name, params) => {
    const key = `${name}:${JSON.stringify(params)}`;
    let loader = cache.get(key);
    if (!loader) cache.set(key, (loader = make(params)));
    return loader;
  };
}

export function createDataLoaders(executor: Executor) {
  const relationPage = keyed((params) =>
    grouped(executor, params.group ? 'quotes/list-quotes-of-speakers' : params.direction === 'incoming' ? 'relations/list-incoming' : 'relations/list-outgoing', params, 'parentId'),
  );
  const relationCount = keyed((params) => grouped(executor, params.direction === 'incoming' ? 'relations/count-incoming' : 'relations/count-outgoing', params, 'parentId'));
  const links = keyed((params) => grouped(executor, 'relations/get-linked', params));
  return {
    /** Any node by graph id. */
    node: new DataLoader<string, GraphObject | null>(async (ids) => {
      const rows = await executor.read('nodes/get-nodes', { ids });
      const found = new Map(rows.map((row) => [String((row.node as Row).id), toObject(row.label as NodeType, row.node as Row)]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Mentions and quotes of nodes whose rows did not carry them (only list statements sorted by them do). */
    counts: new DataLoader<string, { articleCount: number; quoteCount: number }>(async (ids) => {
      const rows = await executor.read('nodes/count-mentions-and-quotes', { ids });
      const found = new Map(rows.map((row) => [String(row.id), { articleCount: Number(row.articleCount), quoteCount: Number(row.quoteCount) }]));
      return ids.map((id) => found.get(id) ?? { articleCount: 0, quoteCount: 0 });
    }),
    /** A page of a relation's nodes per parent; `params` carries the keyset and filter parameters. */
    relationPage: (name: RelationName, params: Params) => relationPage(name, { ...RELATIONS[name], ...params }),
    relationCount: (name: RelationName, params: Params) => relationCount(name, { ...RELATIONS[name], ...params }),
    /** The nodes a node links to through one of the small relations of `LINKS`. */
    linked: (name: LinkName) => links(name, { type: LINKS[name] }),
    evidence: grouped(executor, 'facts/get-evidence'),
    /** Where each article names the nodes it mentions (`Article.mentions`). */
    mentions: grouped(executor, 'articles/get-mentions'),
    /** Evidence and source of a fact in one article, keyed `factId|articleId`. */
    citation: new DataLoader<string, Row | null>(async (keys) => {
      const pairs = keys.map((key) => ({ factId: key.slice(0, key.lastIndexOf('|')), articleId: key.slice(key.lastIndexOf('|') + 1) }));
      const rows = await executor.read('facts/get-citations', { pairs });
      const found = new Map(rows.map((row) => [String(row.id), row]));
      return keys.map((key) => found.get(key) ?? null);
    }),
    rolesOfPerson: grouped(executor, 'people/get-roles'),
    membersOfOrganization: grouped(executor, 'organizations/get-members'),
    disagreements: grouped(executor, 'statistics/get-disagreements'),
  };
}

export type DataLoaders = ReturnType<typeof createDataLoaders>;
