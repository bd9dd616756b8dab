import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { PolicyKind } from './enums.js';
import { Node } from './node.interface.js';

@ObjectType('Policy', { implements: Node, description: 'A named policy, memo, executive order, law or program.' })
export class Policy extends Node {
  @Field(() => String, { description: 'The name as the articles give it ("zero tolerance policy").' })
  name!: string;

  @Field(() => PolicyKind, { description: 'What sort of policy it is.' })
  kind!: PolicyKind;

  @Field(() => String, {
    nullable: true,
    description: 'When it was issued, as precisely as the articles say (2017-04, "April").',
  })
  date!: string | null;

  @Field(() => Int, { description: 'Number of articles that mention this policy.' })
  articleCount!: number;
}

export const PolicyConnection = connectionOf(Policy, 'Policy');
