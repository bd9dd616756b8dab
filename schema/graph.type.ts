import { Field, ObjectType } from 'type-graphql';
import { GraphEdge } from './graph-edge.type.js';
import { GraphNode } from './graph-node.type.js';

@ObjectType('Graph', { description: 'Nodes and the relationships among them, for a graph view.' })
export class Graph {
  @Field(() => [GraphNode], { description: 'The node asked about first, then the nearest and most connected.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], {
    description:
      'The links among the nodes. A fact that many articles state (a role, an issuer, a reporter) is one edge per title, read from at most 100 statements of each node, so the cost stays bounded for a much-quoted official.',
  })
  edges!: GraphEdge[];
}
