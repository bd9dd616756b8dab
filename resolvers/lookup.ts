import type { Row } from '../db/executor.js';
import type { StatementName } from '../db/statements.js';
import { BadUserInputError, NotFoundError } from '../runtime/errors.js';
import type { Context } from '../server/context.js';
import { graphIdOf, type NodeType } from './global-id.js';
import { toObject, type GraphObject } from './to-object.js';

/**
 * Looks a node up by global id or by name; exactly one of the two must be given. A name goes through
 * `finders` in order (an exact, index-backed match before a scan of aliases) until one finds the node.
 */
export async function lookup(ctx: Context, type: 'Person' | 'Organization', id: string | null | undefined, name: string | null | undefined, finders: readonly StatementName[]): Promise<GraphObject> {
  if (!id === !name) throw new BadUserInputError('Pass either `id` or `name`.', id ? 'name' : 'id');
  if (id) return nodeOfType(ctx, id, type);
  for (const finder of finders) {
    const [row] = await ctx.executor.read(finder, { name });
    if (row) {
      const node = toObject(type, row.node as Row);
      ctx.loaders.node.prime(node.graphId, node);
      return node;
    }
  }
  throw new NotFoundError(type, `name:${name}`);
}

/** A node by global id, which must be of the expected type; NOT_FOUND when it does not exist. */
export async function nodeOfType(ctx: Context, id: string, type: NodeType): Promise<GraphObject> {
  const node = await ctx.loaders.node.load(graphIdOf(id, type));
  if (!node) throw new NotFoundError(type, id);
  return node;
}
