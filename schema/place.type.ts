import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { PlaceKind } from './enums.js';
import { Node } from './node.interface.js';

@ObjectType('Place', { implements: Node })
export class Place extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => PlaceKind)
  kind!: PlaceKind;

  @Field(() => Int)
  articleCount!: number;
}

export const PlaceConnection = connectionOf(Place, 'Place');
