import { BadUserInputError, NotFoundError } from '../runtime/errors.js';
import type { Context } from '../server/context.js';
import { graphIdOf, type NodeType } from './global-id.js';
import type { GraphObject } from './to-object.js';

/** Looks a node up by global id or, through `find`, by name; exactly one of the two must be given. */
export async function lookup(ctx: Context, type: 'Person' | 'Organization', id: string | null | undefined, name: string | null | undefined, find: () => Promise<string | undefined>): Promise<GraphObject> {
  if (!id === !name) throw new BadUserInputError('Pass either `id` or `name`.', id ? 'name' : 'id');
  if (id) return nodeOfType(ctx, id, type);
  const graphId = await find();
  const node = graphId ? await ctx.loaders.node.load(graphId) : null;
  if (!node) throw new NotFoundError(type, `name:${name}`);
  return node;
}

/** A node by global id, which must be of the expected type; NOT_FOUND when it does not exist. */
export async function nodeOfType(ctx: Context, id: string, type: NodeType): Promise<GraphObject> {
  const node = await ctx.loaders.node.load(graphIdOf(id, type));
  if (!node) throw new NotFoundError(type, id);
  return node;
}
