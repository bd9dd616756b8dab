import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { Evidence } from './evidence.type.js';
import { Organization } from './organization.type.js';
import { Person } from './person.type.js';

@ObjectType('Role', { description: 'A title a person holds or held, in an organization when the articles say which.' })
export class Role {
  @Field(() => String, {
    description:
      '"Attorney General", "acting ICE director"; empty when the articles name only the organization ("Ana Ruiz of the Border Relief Alliance").',
  })
  title!: string;

  @Field(() => Boolean, { description: 'True when every article that states it says "former".' })
  former!: boolean;

  @Field(() => Person, { description: 'Who holds or held the title.' })
  person!: Person;

  @Field(() => Organization, {
    nullable: true,
    description: 'Where the title is held; null when the articles do not say.',
  })
  organization!: Organization | null;

  @Field(() => Evidence, { nullable: true, description: 'The words that state the role (earliest article).' })
  evidence!: Evidence | null;
}

export const RoleConnection = connectionOf(Role, 'Role');
