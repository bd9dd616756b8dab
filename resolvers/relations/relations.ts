/**
 * The relationships the API navigates, as a fixed table: relationship types and labels reach Cypher only
 * from here, never from a client's input.
 */
import type { NodeLabel, RelationshipType } from '../../model/graph-model.js';

export interface Relation {
  /** `incoming`: (parent)<-[:type]-(n:label); `outgoing`: (parent)-[:type]->(n:label). */
  readonly direction: 'incoming' | 'outgoing';
  readonly type: RelationshipType;
  readonly label: NodeLabel;
}

export const RELATIONS = {
  quotesBy: { direction: 'incoming', type: 'SAID_BY', label: 'Quote' },
  statisticsReportedBy: { direction: 'incoming', type: 'ATTRIBUTED_TO', label: 'Statistic' },
  policiesIssuedBy: { direction: 'incoming', type: 'ISSUED_BY', label: 'Policy' },
  articlesMentioning: { direction: 'incoming', type: 'MENTIONS', label: 'Article' },
  statisticsAbout: { direction: 'incoming', type: 'ABOUT_PLACE', label: 'Statistic' },
  subOrganizations: { direction: 'incoming', type: 'PART_OF', label: 'Organization' },
  anonymousSourcesOf: { direction: 'incoming', type: 'SPEAKS_FOR', label: 'AnonymousSource' },
  citingArticles: { direction: 'incoming', type: 'CONTAINS', label: 'Article' },
  quotesIn: { direction: 'outgoing', type: 'CONTAINS', label: 'Quote' },
  statisticsIn: { direction: 'outgoing', type: 'CONTAINS', label: 'Statistic' },
  peopleIn: { direction: 'outgoing', type: 'MENTIONS', label: 'Person' },
  organizationsIn: { direction: 'outgoing', type: 'MENTIONS', label: 'Organization' },
  placesIn: { direction: 'outgoing', type: 'MENTIONS', label: 'Place' },
  policiesIn: { direction: 'outgoing', type: 'MENTIONS', label: 'Policy' },
} as const satisfies Record<string, Relation>;

export type RelationName = keyof typeof RELATIONS;

/** Single-valued or few-valued links, loaded as plain lists: (node)-[:type]->(linked). */
export const LINKS = {
  speaker: 'SAID_BY',
  place: 'ABOUT_PLACE',
  parent: 'PART_OF',
  speaksFor: 'SPEAKS_FOR',
  issuers: 'ISSUED_BY',
  reporters: 'ATTRIBUTED_TO',
} as const satisfies Record<string, RelationshipType>;

export type LinkName = keyof typeof LINKS;
