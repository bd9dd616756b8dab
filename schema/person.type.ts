import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { Node } from './node.interface.js';

@ObjectType('Person', {
  implements: Node,
  description: 'A person the articles name: an official, a spokesperson, an advocate, a defendant.',
})
export class Person extends Node {
  @Field(() => String, { description: 'The fullest form of the name seen ("Jeff Sessions").' })
  name!: string;

  @Field(() => [String], { description: 'Every form the articles use ("Sessions", "Attorney General Jeff Sessions").' })
  aliases!: string[];

  @Field(() => [String], {
    description: 'Titles the articles give, with or without an organization ("Attorney General").',
  })
  titles!: string[];

  @Field(() => Int, { description: 'Number of articles that mention this person.' })
  articleCount!: number;

  @Field(() => Int, { description: 'Number of quotes (direct or partial) attributed to this person.' })
  quoteCount!: number;
}

export const PersonConnection = connectionOf(Person, 'Person');
