import { Field, ID, ObjectType } from 'type-graphql';
import { NodeKind } from './enums.js';

@ObjectType('GraphNode', { description: 'A node as a graph view draws it.' })
export class GraphNode {
  @Field(() => ID, { description: 'The global id, as `node(id)` takes it.' })
  id!: string;

  @Field(() => NodeKind, { description: 'The kind of node, for colour and icon.' })
  kind!: NodeKind;

  @Field(() => String, {
    description: 'Name, title, description or quoted words, cut to 80 characters; an article is its title.',
  })
  label!: string;
}
