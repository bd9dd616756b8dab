/**
 * Every node and relationship of the test database with its properties, keyed by element id, to show
 * that a run changed nothing it should not have: what went missing, what changed, what was added.
 */
import { createHash } from 'node:crypto';
import type { Executor } from '../../db/executor.js';

export interface GraphSnapshot {
  /** elementId → canonical JSON of [our id, labels, properties]. */
  readonly nodes: ReadonlyMap<string, string>;
  /** elementId → canonical JSON of [type, start elementId, end elementId, start id, end id, properties]. */
  readonly relationships: ReadonlyMap<string, string>;
}

export interface GraphChanges {
  readonly missing: string[];
  readonly changed: { readonly element: string; readonly before: string; readonly after: string }[];
  readonly added: string[];
}

/** JSON with object keys sorted, so equal properties always print the same. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** The change log (cypher/live/) records that writes happened; it is not the graph a snapshot compares. */
export async function snapshotGraph(executor: Executor): Promise<GraphSnapshot> {
  const nodes = await executor.runRaw(
    'MATCH (n) WHERE NOT n:Change AND NOT n:ChangeCounter RETURN elementId(n) AS element, n.id AS id, labels(n) AS labels, properties(n) AS props',
    {},
    'READ',
  );
  const relationships = await executor.runRaw(
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS element, type(r) AS type, elementId(a) AS start, elementId(b) AS end, a.id AS from, b.id AS to, properties(r) AS props',
    {},
    'READ',
  );
  return {
    nodes: new Map(
      nodes.map((row) => [String(row.element), canonical([row.id, [...(row.labels as string[])].sort(), row.props])]),
    ),
    relationships: new Map(
      relationships.map((row) => [
        String(row.element),
        canonical([row.type, row.start, row.end, row.from, row.to, row.props]),
      ]),
    ),
  };
}

export function changesBetween(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): GraphChanges {
  const missing: string[] = [];
  const changed: GraphChanges['changed'][number][] = [];
  for (const [element, value] of before) {
    const now = after.get(element);
    if (now === undefined) missing.push(`${element} ${value}`);
    else if (now !== value) changed.push({ element, before: value, after: now });
  }
  const added = [...after.keys()].filter((element) => !before.has(element));
  return { missing, changed, added };
}

/**
 * True when node `after` only adds to node `before` (canonical JSON from `snapshotGraph`): the same id
 * and labels, every property kept, lists only appended to (aliases, titles), `aliasText` (the aliases
 * joined) only extended, a speaker's counts of quotes and claims only grown, and new properties only
 * where there were none. Loading an article that names a stored entity adds to it this way; nothing
 * stored may be altered.
 */
export function isNodeAddition(before: string, after: string): boolean {
  const [oldId, oldLabels, oldProps] = JSON.parse(before) as [unknown, unknown, Record<string, unknown>];
  const [newId, newLabels, newProps] = JSON.parse(after) as [unknown, unknown, Record<string, unknown>];
  if (JSON.stringify([oldId, oldLabels]) !== JSON.stringify([newId, newLabels])) return false;
  return Object.entries(oldProps).every(([name, value]) => {
    const now = newProps[name];
    if (Array.isArray(value) && Array.isArray(now))
      return value.every((item, index) => JSON.stringify(item) === JSON.stringify(now[index]));
    if (name === 'aliasText' && typeof value === 'string' && typeof now === 'string') return now.startsWith(value);
    if ((name === 'quoteCount' || name === 'claimCount') && typeof value === 'number' && typeof now === 'number')
      return now >= value;
    return JSON.stringify(value) === JSON.stringify(now);
  });
}

/** One hash of the entries of `elements` (all of them when not given), for a one-line comparison. */
export function checksum(entries: ReadonlyMap<string, string>, elements: Iterable<string> = entries.keys()): string {
  const hash = createHash('sha256');
  for (const element of [...elements].sort()) hash.update(`${element}\u0000${entries.get(element) ?? '(absent)'}\n`);
  return hash.digest('hex');
}

/** The graph as sorted lines, keyed by our ids rather than element ids, so two loads of one corpus compare. */
export interface GraphLines {
  /** Canonical JSON of {id, labels, properties} (`ingestedAt` left out: it says when, not what). */
  readonly nodes: string[];
  /** Canonical JSON of {from, type, to, properties}, ends by our id. */
  readonly relationships: string[];
}

/**
 * Every node and relationship as lines: equal lines, equal graphs. Migrations and the change log (which
 * records how a load was batched) are not the load's.
 */
export async function graphLines(executor: Executor): Promise<GraphLines> {
  const nodes = await executor.runRaw(
    'MATCH (n) WHERE NOT n:Migration AND NOT n:Change AND NOT n:ChangeCounter RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties',
    {},
    'READ',
  );
  const relationships = await executor.runRaw(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties',
    {},
    'READ',
  );
  return {
    nodes: nodes
      .map(({ properties, labels, ...node }) =>
        canonical({ ...node, labels: [...(labels as string[])].sort(), properties: omit(properties, 'ingestedAt') }),
      )
      .sort(),
    relationships: relationships.map(canonical).sort(),
  };
}

function omit(value: unknown, key: string): unknown {
  const { [key]: _omitted, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** Lines of one snapshot missing from the other, both ways (the first ten): empty when the graphs are the same. */
export function lineDifference(a: readonly string[], b: readonly string[]) {
  const inA = new Set(a);
  const inB = new Set(b);
  return {
    onlyInFirst: a.filter((item) => !inB.has(item)).slice(0, 10),
    onlyInSecond: b.filter((item) => !inA.has(item)).slice(0, 10),
  };
}
