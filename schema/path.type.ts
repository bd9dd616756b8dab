import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';
import { PathStep } from './path-step.type.js';

@ObjectType('Path', { description: 'How two nodes connect: the nodes in order and each hop between them.' })
export class Path {
  @Field(() => [Node], { description: 'From the first node asked to the second, inclusive.' })
  nodes!: Node[];

  @Field(() => [PathStep], { description: 'Each hop in order, from the first node to the second.' })
  steps!: PathStep[];

  @Field(() => String, {
    description:
      'The path as one line: "Jonathan Fahey — acting ICE director of — U.S. Immigration and Customs Enforcement — …".',
  })
  text!: string;

  @Field(() => Int, { description: 'Number of hops.' })
  length!: number;

  @Field(() => Boolean, {
    description:
      'True when one of the steps is an article mentioning or carrying the next node ("mentioned in"), not a fact. Such paths are offered only when no path of facts alone (roles, membership, attribution, issuing, places) joins the two ends within `maxHops`.',
  })
  throughArticles!: boolean;
}
