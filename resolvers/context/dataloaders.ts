/**
 * Per-request batching: every nested field asks a loader, and each loader turns the keys gathered in one
 * tick into a single Cypher round-trip, so a query's cost grows with its depth, not with its rows.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../../db/executor.js';
import { getMentions } from '../../db/statements/articles.js';
import { getCitations, getEvidence, type CitationRow } from '../../db/statements/facts.js';
import { countMentionsAndQuotes, getNodes } from '../../db/statements/nodes.js';
import { getRoles } from '../../db/statements/people.js';
import type { KeysetParams } from '../../db/statements/paging.js';
import { listQuotesOfSpeakers, type EvidenceFields, type PrefetchedEvidenceRow } from '../../db/statements/quotes.js';
import {
  countIncoming,
  countOutgoing,
  getLinked,
  listIncoming,
  listOutgoing,
  type RelationPageParams,
  type RelationPageRow,
} from '../../db/statements/relations.js';
import { getDisagreements } from '../../db/statements/statistics.js';
import { LINKS, RELATIONS, type LinkName, type RelationName } from '../relations/relations.js';
import { toObjectOf, type GraphObject } from '../ids/to-object.js';

/** Loads rows for many keys with one `UNWIND` statement and hands each key its rows, in order. */
function grouped<R>(
  read: (keys: readonly string[]) => Promise<R[]>,
  keyOf: (row: R) => string,
): DataLoader<string, R[]> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<string, R[]>(keys.map((key) => [key, []]));
    for (const row of await read(keys)) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** One DataLoader per distinct set of parameters, so fields with the same arguments batch together. */
function keyed<P, T>(make: (params: P) => T): (name: string, params: P) => T {
  const cache = new Map<string, T>();
  return (name, params) => {
    const key = `${name}:${JSON.stringify(params)}`;
    let loader = cache.get(key);
    if (!loader) cache.set(key, (loader = make(params)));
    return loader;
  };
}

/**
 * What a relation page is asked with, besides the relation and its parents. `evidence`: the fields of
 * their evidence that a speaker's quotes by text (a `group`) bring along, or null.
 */
export type RelationPageArgs = KeysetParams &
  Pick<RelationPageParams, 'kinds' | 'group'> & { readonly evidence: EvidenceFields | null };

export function createDataLoaders(executor: Executor) {
  const byParent = (row: { readonly parentId: string }) => row.parentId;
  const byId = (row: { readonly id: string }) => row.id;
  const relationPage = keyed((params: Omit<RelationPageParams, 'parentIds'> & Pick<RelationPageArgs, 'evidence'>) =>
    grouped<RelationPageRow & { readonly evidence?: readonly PrefetchedEvidenceRow[] }>(
      (parentIds) =>
        params.group
          ? executor.read(listQuotesOfSpeakers, { ...params, parentIds })
          : executor.read(params.direction === 'incoming' ? listIncoming : listOutgoing, { ...params, parentIds }),
      byParent,
    ),
  );
  const relationCount = keyed((params: Omit<RelationPageParams, 'parentIds' | keyof KeysetParams | 'group'>) =>
    grouped(
      (parentIds) =>
        executor.read(params.direction === 'incoming' ? countIncoming : countOutgoing, { ...params, parentIds }),
      byParent,
    ),
  );
  const links = keyed((params: { readonly type: string }) =>
    grouped((ids) => executor.read(getLinked, { ...params, ids }), byId),
  );
  const evidence = keyed((params: { readonly first: number }) =>
    grouped((ids) => executor.read(getEvidence, { ...params, ids }), byId),
  );
  return {
    /** Any node by graph id. */
    node: new DataLoader<string, GraphObject | null>(async (ids) => {
      const rows = await executor.read(getNodes, { ids });
      const found = new Map(rows.map((row) => [row.node.id, toObjectOf(row)]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Mentions and quotes of nodes whose rows did not carry them (only list statements sorted by them do). */
    counts: new DataLoader<string, { articleCount: number; quoteCount: number }>(async (ids) => {
      const rows = await executor.read(countMentionsAndQuotes, { ids });
      const found = new Map(
        rows.map((row) => [row.id, { articleCount: Number(row.articleCount), quoteCount: Number(row.quoteCount) }]),
      );
      return ids.map((id) => found.get(id) ?? { articleCount: 0, quoteCount: 0 });
    }),
    /** A page of a relation's nodes per parent; `params` carries the keyset and filter parameters. */
    relationPage: (name: RelationName, params: RelationPageArgs) =>
      relationPage(name, { ...RELATIONS[name], ...params }),
    relationCount: (name: RelationName, params: Pick<RelationPageParams, 'kinds'>) =>
      relationCount(name, { ...RELATIONS[name], ...params }),
    /** The nodes a node links to through one of the small relations of `LINKS`. */
    linked: (name: LinkName) => links(name, { type: LINKS[name] }),
    /** Each quote's evidence in its `first` oldest articles. */
    evidence: (first: number) => evidence('evidence', { first }),
    /** Where each article names the nodes it mentions (`Article.mentions`). */
    mentions: grouped((ids) => executor.read(getMentions, { ids }), byId),
    /** Evidence and source of a fact in one article, keyed `factId|articleId`. */
    citation: new DataLoader<string, CitationRow | null>(async (keys) => {
      const pairs = keys.map((key) => ({
        factId: key.slice(0, key.lastIndexOf('|')),
        articleId: key.slice(key.lastIndexOf('|') + 1),
      }));
      const rows = await executor.read(getCitations, { pairs });
      const found = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => found.get(key) ?? null);
    }),
    rolesOfPerson: grouped((ids) => executor.read(getRoles, { ids }), byId),
    disagreements: grouped((ids) => executor.read(getDisagreements, { ids }), byId),
  };
}

export type DataLoaders = ReturnType<typeof createDataLoaders>;
