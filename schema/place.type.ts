import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { PlaceKind } from './enums.js';
import { Node } from './node.interface.js';

@ObjectType('Place', {
  implements: Node,
  description: 'A country, state, city, region or border sector the articles mention.',
})
export class Place extends Node {
  @Field(() => String, { description: 'The name as the articles give it ("Texas", "Rio Grande Valley").' })
  name!: string;

  @Field(() => PlaceKind, { description: 'What sort of place it is.' })
  kind!: PlaceKind;

  @Field(() => Int, { description: 'Number of articles that mention this place.' })
  articleCount!: number;
}

export const PlaceConnection = connectionOf(Place, 'Place');
