import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../schema/node.interface.js';
import type { Context } from './context/context.js';
import { fromGlobalId } from './ids/global-id.js';
import type { GraphObject } from './ids/to-object.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Refetches anything by its global id; null when it no longer exists.',
  })
  async node(
    @Arg('id', () => ID, { description: 'A global id, as any `id` field gives it.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<GraphObject | null> {
    return (await load([id], ctx, () => 'id'))[0] ?? null;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Refetches many nodes in one request, in the order asked.' })
  async nodes(
    @Arg('ids', () => [ID], { description: 'Global ids; the answer has one entry per id, null where nothing has it.' })
    ids: string[],
    @Ctx() ctx: Context,
  ): Promise<(GraphObject | null)[]> {
    return load(ids, ctx, (index) => `ids[${index}]`);
  }
}

/** `argument` names the argument an id came from, for the error a malformed id gets. */
async function load(
  ids: readonly string[],
  { loaders }: Context,
  argument: (index: number) => string,
): Promise<(GraphObject | null)[]> {
  const wanted = ids.map((id, index) => fromGlobalId(id, argument(index)));
  const found = await loaders.node.loadMany(wanted.map((w) => w.id));
  return found.map((node, index) =>
    node instanceof Error || !node || node.__typename !== wanted[index]!.type ? null : node,
  );
}
