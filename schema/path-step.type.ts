import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType('PathStep', { description: 'One hop of a path, read in the direction of travel.' })
export class PathStep {
  @Field(() => Node, { description: 'Where the hop starts.' })
  from!: Node;

  @Field(() => String, {
    description: 'The relationship in words: "former acting ICE director of", "part of", "mentioned in".',
  })
  relation!: string;

  @Field(() => String, { description: 'The relationship type in the graph (HOLDS_ROLE, PART_OF, MENTIONS…).' })
  type!: string;

  @Field(() => Node, { description: 'Where the hop ends.' })
  to!: Node;
}
