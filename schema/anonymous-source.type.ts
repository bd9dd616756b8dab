import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { Node } from './node.interface.js';

@ObjectType('AnonymousSource', {
  implements: Node,
  description: 'An unnamed source ("an ICE source") speaking for an organization without being it.',
})
export class AnonymousSource extends Node {
  @Field(() => String, { description: 'How the article describes the source.' })
  description!: string;
}

export const AnonymousSourceConnection = connectionOf(AnonymousSource, 'AnonymousSource');
