/**
 * The closed vocabularies of the graph. Stored values are lower-case (as the extractor writes them);
 * the API shows them as GraphQL enums.
 */
import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  AGENCY = 'agency',
  COURT = 'court',
  LEGISLATURE = 'legislature',
  RESEARCH = 'research',
  ADVOCACY = 'advocacy',
  MEDIA = 'media',
  CRIMINAL_GROUP = 'criminal_group',
  COMPANY = 'company',
  UNIVERSITY = 'university',
  GOVERNMENT = 'government',
  OTHER = 'other',
}

export enum PlaceKind {
  COUNTRY = 'country',
  STATE = 'state',
  CITY = 'city',
  REGION = 'region',
  BORDER_SECTOR = 'border_sector',
  OTHER = 'other',
}

export enum PolicyKind {
  MEMO = 'memo',
  EXECUTIVE_ORDER = 'executive_order',
  LAW = 'law',
  PROGRAM = 'program',
  POLICY = 'policy',
  DIRECTIVE = 'directive',
}

export enum QuoteKind {
  DIRECT = 'direct',
  PARTIAL = 'partial',
  INDIRECT = 'indirect',
}

/** Which of an organization's quotes: its own (official) or its anonymous sources'. */
export enum SpeakerScope {
  OFFICIAL = 'OFFICIAL',
  ANONYMOUS = 'ANONYMOUS',
  ALL = 'ALL',
}

export enum NodeKind {
  ARTICLE = 'Article',
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  PLACE = 'Place',
  POLICY = 'Policy',
  STATISTIC = 'Statistic',
  QUOTE = 'Quote',
  ANONYMOUS_SOURCE = 'AnonymousSource',
}

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'AGENCY is a government agency (DOJ, ICE, CBP…).' });
registerEnumType(PlaceKind, { name: 'PlaceKind' });
registerEnumType(PolicyKind, { name: 'PolicyKind' });
registerEnumType(QuoteKind, { name: 'QuoteKind', description: 'DIRECT and PARTIAL are words in quotation marks; INDIRECT is a reported claim.' });
registerEnumType(SpeakerScope, { name: 'SpeakerScope' });
registerEnumType(NodeKind, { name: 'NodeKind' });
