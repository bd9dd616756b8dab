import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('GraphEdge', {
  description: 'A relationship as a graph view draws it; the same fact stated by several articles is one edge.',
})
export class GraphEdge {
  @Field(() => ID, {
    description:
      'Stable id of this link (its type, ends and title), for client caches and graph libraries; not a node id, so `node()` refuses it.',
  })
  id!: string;

  @Field(() => ID, { description: 'Global id of the node it starts from.' })
  from!: string;

  @Field(() => ID, { description: 'Global id of the node it points to.' })
  to!: string;

  @Field(() => String, { description: 'The relationship type in the graph (HOLDS_ROLE, PART_OF, MENTIONS…).' })
  type!: string;

  @Field(() => String, { description: 'The relationship in words, read from `from` to `to`.' })
  label!: string;
}
