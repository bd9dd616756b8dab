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

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What sort of body an organization is.',
  valuesConfig: {
    AGENCY: { description: 'A government agency (DOJ, ICE, CBP…).' },
    COURT: { description: 'A court.' },
    LEGISLATURE: { description: 'A legislature or one of its committees.' },
    RESEARCH: { description: 'A research group or think tank (TRAC, Pew).' },
    ADVOCACY: { description: 'An advocacy group or charity.' },
    MEDIA: { description: 'A news outlet.' },
    CRIMINAL_GROUP: { description: 'A gang or cartel.' },
    COMPANY: { description: 'A company.' },
    UNIVERSITY: { description: 'A university or college.' },
    GOVERNMENT: { description: 'A government as a whole (a country\'s, a state\'s, a city\'s).' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'What sort of place it is.',
  valuesConfig: {
    COUNTRY: { description: 'A country.' },
    STATE: { description: 'A state or province.' },
    CITY: { description: 'A city or town.' },
    REGION: { description: 'A region or county.' },
    BORDER_SECTOR: { description: 'A Border Patrol sector ("Rio Grande Valley").' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(PolicyKind, {
  name: 'PolicyKind',
  description: 'What sort of policy it is.',
  valuesConfig: {
    MEMO: { description: 'A memo.' },
    EXECUTIVE_ORDER: { description: 'An executive order.' },
    LAW: { description: 'A law or act.' },
    PROGRAM: { description: 'A program.' },
    POLICY: { description: 'A policy by another name ("zero tolerance policy").' },
    DIRECTIVE: { description: 'A directive or guidance.' },
  },
});
registerEnumType(QuoteKind, {
  name: 'QuoteKind',
  description: 'Quotes are words in quotation marks (DIRECT, PARTIAL); claims are reported statements (INDIRECT). Every `quotes` list and count means DIRECT and PARTIAL unless `kinds` says otherwise.',
  valuesConfig: {
    DIRECT: { description: 'A whole sentence or more in quotation marks.' },
    PARTIAL: { description: 'A phrase in quotation marks inside the reporter\'s sentence.' },
    INDIRECT: { description: 'A claim reported without quotation marks ("Sessions said the policy would continue").' },
  },
});
registerEnumType(SpeakerScope, {
  name: 'SpeakerScope',
  description: 'Whose words count as an organization\'s.',
  valuesConfig: {
    OFFICIAL: { description: 'The organization\'s own (its statements, its spokespeople speaking as it).' },
    ANONYMOUS: { description: 'Its anonymous sources\' ("a DHS official").' },
    ALL: { description: 'Both.' },
  },
});
registerEnumType(NodeKind, {
  name: 'NodeKind',
  description: 'The kinds of node in the graph; each is a GraphQL type of the same name.',
  valuesConfig: {
    ARTICLE: { description: 'An Article.' },
    PERSON: { description: 'A Person.' },
    ORGANIZATION: { description: 'An Organization.' },
    PLACE: { description: 'A Place.' },
    POLICY: { description: 'A Policy.' },
    STATISTIC: { description: 'A Statistic (a figure).' },
    QUOTE: { description: 'A Quote (or claim).' },
    ANONYMOUS_SOURCE: { description: 'An AnonymousSource.' },
  },
});
