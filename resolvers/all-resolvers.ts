import type { NonEmptyArray } from 'type-graphql';
import { AnonymousSourceConnection } from '../schema/anonymous-source.type.js';
import { ArticleConnection } from '../schema/article.type.js';
import { CitationConnection } from '../schema/citation.type.js';
import { OrganizationConnection } from '../schema/organization.type.js';
import { PersonConnection } from '../schema/person.type.js';
import { PlaceConnection } from '../schema/place.type.js';
import { PolicyConnection } from '../schema/policy.type.js';
import { QuoteConnection } from '../schema/quote.type.js';
import { RoleConnection } from '../schema/role.type.js';
import { SearchConnection } from '../schema/search-connection.type.js';
import { SpeakerStatementsConnection } from '../schema/speaker-statements.type.js';
import { StatisticConnection } from '../schema/statistic.type.js';
import { AnonymousSourceResolver } from './anonymous-source.resolver.js';
import { ArticleResolver } from './article.resolver.js';
import { connectionResolverOf } from './connection.resolver.js';
import { EvidenceResolver } from './evidence.resolver.js';
import { MutationResolver } from './mutation.resolver.js';
import { NeighborhoodResolver } from './neighborhood.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { OrganizationResolver } from './organization.resolver.js';
import { PathResolver } from './path.resolver.js';
import { PersonResolver } from './person.resolver.js';
import { PlaceResolver } from './place.resolver.js';
import { PolicyResolver } from './policy.resolver.js';
import { QuoteResolver } from './quote.resolver.js';
import { SearchResolver } from './search.resolver.js';
import { StatisticResolver } from './statistic.resolver.js';
import { StatsResolver } from './stats.resolver.js';
import { SubscriptionResolver } from './subscription.resolver.js';
import { WhoSaidResolver } from './who-said.resolver.js';

const connections = [
  AnonymousSourceConnection,
  ArticleConnection,
  CitationConnection,
  OrganizationConnection,
  PersonConnection,
  PlaceConnection,
  PolicyConnection,
  QuoteConnection,
  RoleConnection,
  SearchConnection,
  SpeakerStatementsConnection,
  StatisticConnection,
].map(connectionResolverOf);

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ArticleResolver,
  PersonResolver,
  OrganizationResolver,
  PlaceResolver,
  PolicyResolver,
  QuoteResolver,
  StatisticResolver,
  AnonymousSourceResolver,
  EvidenceResolver,
  MutationResolver,
  SearchResolver,
  WhoSaidResolver,
  PathResolver,
  NeighborhoodResolver,
  StatsResolver,
  SubscriptionResolver,
  ...connections,
];
