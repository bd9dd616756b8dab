/**
 * The graph model, defined once: the kinds of node (label, graph id prefix), the relationship types and
 * the kinds at their ends, the labels that are not kinds, and the closed vocabularies of `kind`
 * properties. The GraphQL enums, global ids, the relation table, the loaders' types and the explorer's
 * pages derive from it; what must spell a kind out (Cypher, the peer's type definitions, the GraphQL
 * types) is held to it by test/unit/graph-model.test.ts. It imports nothing, so the browser bundle of
 * the explorer reads it too. README, "Adding a node kind".
 */

/**
 * Every kind is a Neo4j label, a GraphQL type of the same name and a `NodeKind` value (in this order).
 * `idPrefix` starts its graph ids (`person:jeff-sessions`); an article's id is the hash of its text alone.
 */
export const NODE_KINDS = {
  Article: { idPrefix: '' },
  Person: { idPrefix: 'person:' },
  Organization: { idPrefix: 'org:' },
  Place: { idPrefix: 'place:' },
  Policy: { idPrefix: 'policy:' },
  Statistic: { idPrefix: 'stat:' },
  Quote: { idPrefix: 'quote:' },
  AnonymousSource: { idPrefix: 'anon:' },
} as const satisfies Record<string, { readonly idPrefix: string }>;

export type NodeLabel = keyof typeof NODE_KINDS;
export const NODE_LABELS = Object.keys(NODE_KINDS) as readonly NodeLabel[];

/**
 * Labels that are not kinds: `Node`, carried by every kind beside its own (Relay's Node: "whatever has
 * this id" is one index seek), and the bookkeeping no API type shows.
 */
export const OTHER_LABELS = ['Node', 'Redirect', 'Migration', 'Change', 'ChangeCounter'] as const;

interface RelationshipDefinition {
  readonly from: readonly NodeLabel[];
  readonly to: readonly NodeLabel[];
  /** The relationship in words, from its start and from its end ("said by" / "said"). */
  readonly reads: readonly [forward: string, backward: string];
}

export const RELATIONSHIP_TYPES = {
  CONTAINS: { from: ['Article'], to: ['Quote', 'Statistic'], reads: ['contains', 'appears in'] },
  MENTIONS: {
    from: ['Article'],
    to: ['Person', 'Organization', 'Place', 'Policy'],
    reads: ['mentions', 'mentioned in'],
  },
  SAID_BY: { from: ['Quote'], to: ['Person', 'Organization', 'AnonymousSource'], reads: ['said by', 'said'] },
  SPEAKS_FOR: { from: ['AnonymousSource'], to: ['Organization'], reads: ['speaks for', 'has as source'] },
  ATTRIBUTED_TO: {
    from: ['Statistic'],
    to: ['Person', 'Organization', 'AnonymousSource'],
    reads: ['reported by', 'reported'],
  },
  ABOUT_PLACE: { from: ['Statistic'], to: ['Place'], reads: ['about', 'subject of'] },
  ISSUED_BY: { from: ['Policy'], to: ['Person', 'Organization'], reads: ['issued by', 'issued'] },
  // Read with the role's title where it has one ("acting ICE director of"); these words are for none.
  HOLDS_ROLE: { from: ['Person'], to: ['Organization'], reads: ['member of', 'has member'] },
  PART_OF: { from: ['Organization'], to: ['Organization'], reads: ['part of', 'includes'] },
} as const satisfies Record<string, RelationshipDefinition>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

/** Rows read from the database name types as strings; this tells the model's apart. */
export function isRelationshipType(type: string): type is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_TYPES, type);
}

// The vocabularies: stored lower-case, as the extractor writes them; the API shows them as enums.
export const ORGANIZATION_KINDS = [
  'agency',
  'court',
  'legislature',
  'research',
  'advocacy',
  'media',
  'criminal_group',
  'company',
  'university',
  'government',
  'other',
] as const;
export const PLACE_KINDS = ['country', 'state', 'city', 'region', 'border_sector', 'other'] as const;
export const POLICY_KINDS = ['memo', 'executive_order', 'law', 'program', 'policy', 'directive'] as const;
export const QUOTE_KINDS = ['direct', 'partial', 'indirect'] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type PolicyKind = (typeof POLICY_KINDS)[number];
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** A label or vocabulary value as a GraphQL enum value's name: AnonymousSource → ANONYMOUS_SOURCE. */
export function enumName(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The kind a label or `NodeKind` name stands for (`Person`, `PERSON`); undefined when there is none. */
export function nodeLabelOf(kind: string): NodeLabel | undefined {
  return NODE_LABELS.find((label) => label === kind || enumName(label) === kind);
}
