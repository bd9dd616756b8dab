import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { OrganizationKind } from './enums.js';
import { Node } from './node.interface.js';

@ObjectType('Organization', {
  implements: Node,
  description: 'An agency, court, legislature, research group, outlet, company or criminal group.',
})
export class Organization extends Node {
  @Field(() => String, { description: 'Canonical name ("U.S. Department of Justice").' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The usual short form ("ICE"), when there is one.' })
  acronym!: string | null;

  @Field(() => [String], {
    description: 'Every other name the articles use ("Immigration and Customs Enforcement", "ICE").',
  })
  aliases!: string[];

  @Field(() => OrganizationKind, { description: 'What sort of body it is.' })
  kind!: OrganizationKind;

  @Field(() => Boolean, { description: 'True when the organization is in the gazetteer of real bodies.' })
  known!: boolean;

  @Field(() => Int, { description: 'Number of articles that mention this organization.' })
  articleCount!: number;

  @Field(() => Int, { description: 'Number of quotes attributed to the organization itself.' })
  quoteCount!: number;
}

export const OrganizationConnection = connectionOf(Organization, 'Organization');
