import { Field, ObjectType } from 'type-graphql';
import { GraphEdge } from './graph-edge.type.js';
import { GraphNode } from './graph-node.type.js';

@ObjectType('Graph', { description: 'Nodes and the relationships among them, for a graph view.' })
export class Graph {
  @Field(() => [GraphNode], { description: 'The node asked about first, then the nearest and most connected.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];
}
