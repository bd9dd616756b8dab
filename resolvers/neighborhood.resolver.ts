import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Row } from '../db/executor.js';
import { NotFoundError } from '../runtime/errors.js';
import type { NodeKind } from '../schema/enums.js';
import { Graph } from '../schema/graph.type.js';
import type { Context } from '../server/context.js';
import { displayName, truncate } from './display-name.js';
import { fromGlobalId, toEdgeId, toGlobalId, type NodeType } from './global-id.js';
import { intInRange } from './int-range.js';
import { relationPhrase, type RelationFacts } from './relation-phrases.js';

interface GraphSource {
  readonly nodes: { id: string; kind: NodeKind; label: string }[];
  readonly edges: { id: string; from: string; to: string; type: string; label: string }[];
}

const DEFAULT_DEPTH = 1;
const DEFAULT_LIMIT = 50;

type EdgeRow = RelationFacts & { readonly from: string; readonly to: string };

@Resolver()
export class NeighborhoodResolver {
  @Query(() => Graph, { description: 'A node and its surroundings for a graph view: nodes within `depth` hops (1 or 2), at most `limit` (1 to 200).' })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: DEFAULT_DEPTH }) depth: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: DEFAULT_LIMIT }) limit: number | null,
    @Ctx() { executor }: Context,
  ): Promise<GraphSource> {
    const center = fromGlobalId(id);
    const [row] = await executor.read('graph/get-neighborhood', {
      id: center.id,
      depth: intInRange(depth ?? DEFAULT_DEPTH, 1, 2, 'depth'),
      limit: intInRange(limit ?? DEFAULT_LIMIT, 1, 200, 'limit'),
    });
    const members = (row?.nodes as Row[] | undefined) ?? [];
    if (members[0]?.label !== center.type) throw new NotFoundError(center.type, id);
    const globalIds = new Map(members.map((member) => [String(member.id), toGlobalId(member.label as NodeType, String(member.id))]));
    const globalId = (graphId: string) => globalIds.get(graphId) ?? graphId;
    return {
      nodes: members.map((member) => ({
        id: globalId(String(member.id)),
        kind: member.label as NodeKind,
        label: truncate(displayName(member.label as NodeType, member.node as Row)),
      })),
      edges: (row!.edges as unknown as EdgeRow[]).map((edge) => ({
        id: toEdgeId(edge.type, edge.from, edge.to, edge.title == null ? null : String(edge.title)),
        from: globalId(edge.from),
        to: globalId(edge.to),
        type: edge.type,
        label: relationPhrase(edge, true),
      })),
    };
  }
}
