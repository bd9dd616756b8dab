import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { getNeighborhood } from '../db/statements/graph.js';
import type { NodeKind } from '../schema/enums.js';
import { Graph } from '../schema/graph.type.js';
import type { Context } from './context/context.js';
import { displayName, truncate } from './nodes/display-name.js';
import { fromGlobalId, toEdgeId, toGlobalId } from './ids/global-id.js';
import { intInRange } from './arguments/int-range.js';
import { relationPhrase } from './relations/relation-phrases.js';
import { selectionsAt } from './paging/selection.js';

interface GraphSource {
  readonly nodes: { id: string; kind: NodeKind; label: string }[];
  readonly edges: { id: string; from: string; to: string; type: string; label: string }[];
}

const DEFAULT_DEPTH = 1;
const DEFAULT_FIRST = 50;

@Resolver()
export class NeighborhoodResolver {
  @Query(() => Graph, {
    nullable: true,
    description:
      'A node and its surroundings for a graph view: the nearest and most connected nodes within `depth` hops, at most `first`; null when the node does not exist.',
  })
  async neighborhood(
    @Arg('id', () => ID, { description: 'Global id of the node at the centre.' }) id: string,
    @Arg('depth', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_DEPTH,
      description: 'How many hops from the node: 1 or 2.',
    })
    depth: number | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_FIRST,
      description: 'At most this many nodes, the node itself included (1 to 200).',
    })
    first: number | null,
    @Ctx() { executor }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GraphSource | null> {
    const center = fromGlobalId(id);
    const [row] = await executor.read(getNeighborhood, {
      id: center.id,
      depth: intInRange(depth ?? DEFAULT_DEPTH, 1, 2, 'depth'),
      limit: intInRange(first ?? DEFAULT_FIRST, 1, 200, 'first'),
      edges: selectionsAt(info, ['edges']).length > 0,
    });
    const members = row?.nodes ?? [];
    if (members[0]?.label !== center.type) return null;
    const globalIds = new Map(members.map((member) => [member.id, toGlobalId(member.label, member.id)]));
    const globalId = (graphId: string) => globalIds.get(graphId) ?? graphId;
    return {
      nodes: members.map((member) => ({
        id: globalId(member.id),
        kind: member.label,
        label: truncate(displayName(member.label, member.node)),
      })),
      edges: row!.edges.map((edge) => ({
        id: toEdgeId(edge.type, edge.from, edge.to, edge.title == null ? null : String(edge.title)),
        from: globalId(edge.from),
        to: globalId(edge.to),
        type: edge.type,
        label: relationPhrase(edge, true),
      })),
    };
  }
}
