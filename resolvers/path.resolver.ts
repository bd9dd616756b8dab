import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { RELATIONSHIP_TYPES } from '../model/graph-model.js';
import { findPaths, type PathRow } from '../db/statements/paths.js';
import { BadUserInputError, NotFoundError } from '../runtime/errors.js';
import { Path } from '../schema/path.type.js';
import type { Context } from './context/context.js';
import { displayName } from './nodes/display-name.js';
import { fromGlobalId } from './ids/global-id.js';
import { intInRange } from './arguments/int-range.js';
import { relationPhrase } from './relations/relation-phrases.js';
import { toObjectOf, type GraphObject } from './ids/to-object.js';

/** How many paths an answer shows; the statement returns more, since parallel facts read the same. */
const MAX_PATHS = 5;
const FETCHED_PATHS = 20;
const DEFAULT_MAX_HOPS = 4;
/** Hops that are an article mentioning or carrying something, not a fact. */
const ARTICLE_HOPS: ReadonlySet<string> = new Set(
  Object.entries(RELATIONSHIP_TYPES).flatMap(([type, ends]) =>
    (ends.from as readonly string[]).includes('Article') ? [type] : [],
  ),
);

interface PathStepSource {
  readonly from: GraphObject;
  readonly relation: string;
  readonly type: string;
  readonly to: GraphObject;
}

interface PathSource {
  readonly nodes: GraphObject[];
  readonly steps: PathStepSource[];
  readonly text: string;
  readonly length: number;
  readonly throughArticles: boolean;
}

/** One path row: its nodes in order, and its relationships, each read in the direction of travel. */
export function toPath(row: PathRow): PathSource {
  const nodes = row.nodes.map(toObjectOf);
  const steps = row.relationships.map((relationship, index) => {
    const from = nodes[index]!;
    return {
      from,
      to: nodes[index + 1]!,
      type: relationship.type,
      relation: relationPhrase(relationship, relationship.from === from.graphId),
    };
  });
  const name = (node: GraphObject) => displayName(node.__typename, node);
  const text = [name(nodes[0]!), ...steps.flatMap((step) => [step.relation, name(step.to)])].join(' — ');
  // Said of the path itself, from its steps: it goes through an article when one of its hops is an
  // article mentioning or carrying the next node (the statement offers such paths only when no path of
  // facts alone joins the two ends).
  const throughArticles = steps.some((step) => ARTICLE_HOPS.has(step.type));
  return { nodes, steps, text, length: steps.length, throughArticles };
}

@Resolver()
export class PathResolver {
  @Query(() => [Path], {
    description:
      'How two nodes connect: up to five shortest paths through roles, membership, attribution, issuing and places; when there are none, through the articles that mention both.',
  })
  async connection(
    @Arg('from', () => ID, { description: 'Global id of the node to start from.' }) from: string,
    @Arg('to', () => ID, { description: 'Global id of the node to reach.' }) to: string,
    @Arg('maxHops', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_MAX_HOPS,
      description: 'Longest path to consider, 1 to 6.',
    })
    maxHops: number | null,
    @Ctx() { executor, loaders }: Context,
  ): Promise<PathSource[]> {
    const start = fromGlobalId(from, 'from');
    const end = fromGlobalId(to, 'to');
    const hops = intInRange(maxHops ?? DEFAULT_MAX_HOPS, 1, 6, 'maxHops');
    if (start.id === end.id) throw new BadUserInputError('`from` and `to` are the same node.', 'to');
    const [ends, rows] = await Promise.all([
      loaders.node.loadMany([start.id, end.id]),
      executor.read(findPaths, { from: start.id, to: end.id, maxHops: hops, limit: FETCHED_PATHS }),
    ]);
    [start, end].forEach((wanted, index) => {
      const found = ends[index];
      if (!found || found instanceof Error || found.__typename !== wanted.type)
        throw new NotFoundError(wanted.type, index === 0 ? from : to);
    });
    const unique = new Map<string, PathSource>();
    for (const path of rows.map(toPath)) if (!unique.has(path.text)) unique.set(path.text, path);
    return [...unique.values()].slice(0, MAX_PATHS);
  }
}
