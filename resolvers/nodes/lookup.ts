import type { Statement } from '../../db/statement.js';
import type { CandidateParams, CandidateRow, NameParams } from '../../db/statements/named-entities.js';
import type { NodeProperties } from '../../db/statements/nodes.js';
import { AppError, BadUserInputError, ErrorCode } from '../../runtime/errors.js';
import type { Context } from '../context/context.js';
import { graphIdOf, type NodeType } from '../ids/global-id.js';
import { isOfType, toObject, type GraphObject } from '../ids/to-object.js';
import type { DataLoaders } from '../context/dataloaders.js';

/** The statements that find a kind by name: an exact, index-backed seek, then the scan that lists candidates. */
export interface NameFinders<N> {
  readonly exact: Statement<NameParams, { readonly node: N }>;
  readonly candidates: Statement<CandidateParams, CandidateRow<N>>;
  /** The list field that filters by name, named in the error for an ambiguous name. */
  readonly listField: string;
}

/** Candidates named in an ambiguity error; one more is fetched to know whether there are others. */
const MAX_CANDIDATES = 10;

/**
 * Looks a node up by global id or by name; exactly one of the two must be given; null when nothing is
 * found, like `node(id)`. A name is never matched silently to one of several: the exact name, alias or
 * acronym (any case) wins when it is one node; otherwise a single partial match is the answer, and
 * several are a BAD_USER_INPUT error that lists them.
 */
export async function lookup<T extends 'Person' | 'Organization'>(
  ctx: Context,
  type: T,
  id: string | null | undefined,
  name: string | null | undefined,
  finders: NameFinders<NodeProperties[T]>,
): Promise<GraphObject<T> | null> {
  if (!id === !name)
    throw new BadUserInputError('Pass either `id` or `name`, not both and not neither.', id ? 'name' : 'id');
  if (id) return nodeOfType(ctx, id, type);
  const [seek] = await ctx.executor.read(finders.exact, { name: name! });
  if (seek) return primed(ctx, toObject(type, seek.node));
  const rows = await ctx.executor.read(finders.candidates, { name: name!, limit: MAX_CANDIDATES + 1 });
  const exact = rows.filter((row) => row.exact === true);
  const matches = exact.length > 0 ? exact : rows;
  if (matches.length === 0) return null;
  const candidates = matches.map((row) => toObject(type, row.node));
  if (candidates.length === 1) return primed(ctx, candidates[0]!);
  throw ambiguousName(type, name!, candidates, exact.length > 0, finders.listField);
}

function primed<T extends GraphObject>(ctx: Context, node: T): T {
  ctx.loaders.node.prime(node.graphId, node);
  return node;
}

function ambiguousName(
  type: NodeType,
  name: string,
  candidates: readonly GraphObject<'Person' | 'Organization'>[],
  exact: boolean,
  listField: string,
): AppError {
  const shown = candidates.slice(0, MAX_CANDIDATES);
  const more = candidates.length > MAX_CANDIDATES ? ' and more' : '';
  const names = shown.map((node) => String(node.name)).join('; ');
  const how = exact ? 'is a name of' : 'is part of the names of';
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    `"${name}" ${how} ${shown.length}${more} ${type === 'Person' ? 'people' : 'organizations'} (${names}); pass one's \`id\` or full name, or list them with \`${listField}(nameContains: ${JSON.stringify(name)})\`.`,
    { argument: 'name', candidates: shown.map((node) => ({ id: node.id, name: node.name })) },
  );
}

/** A node by global id, which must be of the expected type; null when it does not exist. */
export function nodeOfType<T extends NodeType>(ctx: Context, id: string, type: T): Promise<GraphObject<T> | null> {
  return loadOfType(ctx.loaders, graphIdOf(id, type), type);
}

/** A node by graph id, when it is of the expected type. */
export async function loadOfType<T extends NodeType>(
  loaders: DataLoaders,
  graphId: string,
  type: T,
): Promise<GraphObject<T> | null> {
  const node = await loaders.node.load(graphId);
  return node && isOfType(node, type) ? node : null;
}
