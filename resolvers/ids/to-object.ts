/**
 * Graph rows become GraphQL objects here: the graph id moves to `graphId` and `id` becomes the opaque
 * global id, with `__typename` for the Node interface and unions.
 */
import type { LabelledNode, NodeProperties } from '../../db/statements/nodes.js';
import type { AnonymousSource } from '../../schema/anonymous-source.type.js';
import type { Article } from '../../schema/article.type.js';
import type { Organization } from '../../schema/organization.type.js';
import type { Person } from '../../schema/person.type.js';
import type { Place } from '../../schema/place.type.js';
import type { Policy } from '../../schema/policy.type.js';
import type { Quote } from '../../schema/quote.type.js';
import type { Statistic } from '../../schema/statistic.type.js';
import { toGlobalId, type NodeType } from './global-id.js';

type AnyGraphObject = {
  [K in NodeType]: Omit<NodeProperties[K], 'id'> & {
    readonly __typename: K;
    readonly graphId: string;
    readonly id: string;
  };
}[NodeType];

/** A node of one of the `T` types as GraphQL gets it: its row, its graph id, and its global id. */
export type GraphObject<T extends NodeType = NodeType> = Extract<AnyGraphObject, { readonly __typename: T }>;

// The signature says what the body cannot: the spread row is the row of `type` (TypeScript does not
// follow a generic key through the union of rows).
export function toObject<T extends NodeType>(type: T, node: NodeProperties[T]): GraphObject<T>;
export function toObject(
  type: NodeType,
  node: NodeProperties[NodeType],
): { readonly __typename: NodeType; readonly graphId: string; readonly id: string } {
  return { ...node, __typename: type, graphId: node.id, id: toGlobalId(type, node.id) };
}

/** A row's node of whatever label it has. */
export function toObjectOf({ label, node }: LabelledNode): GraphObject {
  return toObject(label, node);
}

/** The row a node was made from (`toObject`'s inverse), to prime a loader with a node already at hand. */
export function toRowOf(object: GraphObject): LabelledNode {
  const { __typename: label, graphId, ...properties } = object;
  // The same pairing of label and row as the object's (TypeScript does not follow it through the rest).
  return { label, node: { ...properties, id: graphId } } as LabelledNode;
}

export function isOfType<T extends NodeType>(node: GraphObject, type: T): node is GraphObject<T> {
  return node.__typename === type;
}

/**
 * Each GraphQL object type is its row with a global id, but for the fields its resolver computes from
 * elsewhere when the row lacks them (the counts): a field renamed, dropped or retyped on either side
 * fails to compile here.
 */
type Serves<Source, Type, Computed extends keyof Type = never> = [Source] extends [Omit<Type, Computed>] ? true : false;
type Check<T extends true> = T;
export type ObjectsServeTheirTypes = [
  Check<Serves<GraphObject<'Article'>, Article>>,
  Check<Serves<GraphObject<'Person'>, Person, 'articleCount' | 'quoteCount'>>,
  Check<Serves<GraphObject<'Organization'>, Organization, 'articleCount' | 'quoteCount'>>,
  Check<Serves<GraphObject<'Place'>, Place, 'articleCount'>>,
  Check<Serves<GraphObject<'Policy'>, Policy, 'articleCount'>>,
  Check<Serves<GraphObject<'Statistic'>, Statistic>>,
  Check<Serves<GraphObject<'Quote'>, Quote, 'articleCount'>>,
  Check<Serves<GraphObject<'AnonymousSource'>, AnonymousSource>>,
];
