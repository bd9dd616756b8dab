import { createUnionType } from 'type-graphql';
import { AnonymousSource } from './anonymous-source.type.js';
import { Organization } from './organization.type.js';
import { Person } from './person.type.js';

export const Speaker = createUnionType({
  name: 'Speaker',
  description:
    'Who said something or reported a figure: a person, an organization, or an anonymous source speaking for one.',
  types: () => [Person, Organization, AnonymousSource] as const,
  resolveType: (value) => (value as unknown as { __typename?: string }).__typename,
});
