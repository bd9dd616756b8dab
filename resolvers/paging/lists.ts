/**
 * The two shapes every list takes: a top-level filtered list (one statement and its count), and a list
 * under a parent node (a relation of `RELATIONS`, batched across parents by DataLoader).
 */
import type { Statement } from '../../db/statement.js';
import type { NodeProperties, Total } from '../../db/statements/nodes.js';
import type { KeysetParams, KeysetRow } from '../../db/statements/paging.js';
import type { ConnectionSource } from '../../schema/connection.type.js';
import type { PageArgs } from '../../schema/page.args.js';
import { SortDirection } from '../../schema/sort-direction.enum.js';
import type { Context } from '../context/context.js';
import { fromGlobalId, type NodeType } from '../ids/global-id.js';
import { planPage, toConnection } from './paginate.js';
import type { RelationName } from '../relations/relations.js';
import { isOfType, toObject, toObjectOf, toRowOf, type GraphObject } from '../ids/to-object.js';
import type { EvidenceFields } from '../../db/statements/quotes.js';
import { toPrefetchedEvidence, type QuoteSource } from './evidence-fields.js';

/** A top-level list: its page statement and the statement counting the whole list, with the same filters. */
export interface ListStatements<F, T extends NodeType> {
  readonly list: Statement<F & KeysetParams, KeysetRow<NodeProperties[T]>>;
  readonly count: Statement<F, Total>;
}

export async function listConnection<F, T extends NodeType>(
  { executor, maxPageSize }: Context,
  statements: ListStatements<F, T>,
  filters: NoInfer<F>,
  args: PageArgs & { sort: string; direction: SortDirection },
  type: T,
): Promise<ConnectionSource<GraphObject<T>>> {
  const plan = planPage(args, args.sort, args.direction === SortDirection.DESC, maxPageSize);
  const rows = await executor.read(statements.list, { ...filters, ...plan.params });
  return toConnection(
    rows,
    plan,
    (row) => toObject(type, row.node),
    async () => {
      const [row] = await executor.read(statements.count, filters);
      return Number(row?.total ?? 0);
    },
  );
}

export async function relationConnection(
  { loaders, maxPageSize }: Context,
  relation: RelationName,
  parent: GraphObject,
  args: PageArgs & { sort: string; direction: SortDirection },
  kinds: readonly string[] | null = null,
  evidenceFields: EvidenceFields | null = null,
): Promise<ConnectionSource<GraphObject>> {
  const plan = planPage(args, args.sort, args.direction === SortDirection.DESC, maxPageSize);
  const group = relation === 'quotesBy' && args.sort === 'NAME' ? speakerQuoteGroup(kinds) : null;
  // Only a speaker's quotes by text (a group) can bring their evidence along.
  const evidence = group === null ? null : evidenceFields;
  const rows = await loaders.relationPage(relation, { ...plan.params, kinds, group, evidence }).load(parent.graphId);
  // A speaker's quotes are said by that speaker (a quote has one): their speaker field need not fetch it.
  if (relation === 'quotesBy')
    for (const row of rows) loaders.linked('speaker').prime(row.node.id, [{ ...toRowOf(parent), id: row.node.id }]);
  const toNode = (row: (typeof rows)[number]): GraphObject | QuoteSource => {
    const node = toObjectOf(row);
    if (!evidence || !row.evidence || !isOfType(node, 'Quote')) return node;
    // The evidence rides on the quote, not in the evidence loader: it has only the fields this page's
    // query selects, and another part of the query may ask the same quote's evidence for others.
    return { ...node, evidence: row.evidence.map((read) => toPrefetchedEvidence(evidence, read)) };
  };
  return toConnection(rows, plan, toNode, async () => {
    // A page's rows carry the list's size; only a page past the end has to count.
    const [row] = rows.length > 0 ? rows : await loaders.relationCount(relation, { kinds }).load(parent.graphId);
    return Number(row?.total ?? 0);
  });
}

/**
 * A speaker's quotes (DIRECT and PARTIAL) or claims (INDIRECT) by text are held in that order by an index
 * (quotes/list-quotes-of-speakers); the suffix of their `speakerKey`, or null for any other set of kinds.
 */
function speakerQuoteGroup(kinds: readonly string[] | null): '|quote' | '|claim' | null {
  const set = [...(kinds ?? [])].sort().join(',');
  return set === 'direct,partial' ? '|quote' : set === 'indirect' ? '|claim' : null;
}

/** A filter argument that names a node by global id: the graph id, or null when absent. */
export function graphIdFilter(globalId: string | null | undefined, argument: string): string | null {
  return globalId ? fromGlobalId(globalId, argument).id : null;
}

/** The nodes a node links to through a small relation (speaker, place, parent organization…). */
export async function linked(
  ctx: Context,
  name: Parameters<Context['loaders']['linked']>[0],
  node: GraphObject,
): Promise<GraphObject[]> {
  const rows = await ctx.loaders.linked(name).load(node.graphId);
  return rows.map(toObjectOf);
}
