/**
 * JSON-LD with schema.org's vocabulary, so the graph joins other linked data: articles are NewsArticles,
 * people Persons, bodies Organizations, quotes Quotations (a claim reported without quotation marks and a
 * figure are Claims). One `@graph`, written as it is read: each node as an object, then each relationship
 * as a small object with the same `@id` carrying one property (JSON-LD merges objects that share an id).
 */
import type { Native } from '../db/to-native.js';
import { isRelationshipType, type RelationshipType } from '../model/graph-model.js';
import type { ExportNode, ExportRelationship } from './read-graph.js';
import type { TextSink } from './text-sink.js';

/** Graph ids ("person:jeff-sessions") are not IRIs; under this scheme they are, and stay readable. */
export const ID_PREFIX = 'urn:newsgraph:';

export const CONTEXT = { '@vocab': 'https://schema.org/' };

const iri = (id: string) => ({ '@id': `${ID_PREFIX}${id}` });

type Json = Record<string, Native | Record<string, Native>>;

function present(entries: Record<string, Native | Record<string, Native> | undefined>): Json {
  return Object.fromEntries(
    Object.entries(entries).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as Json;
}

export function nodeObject(node: ExportNode): Json {
  const p = node.properties;
  const base = { '@id': `${ID_PREFIX}${node.id}`, identifier: node.id };
  switch (node.kind) {
    case 'Article':
      return present({
        ...base,
        '@type': 'NewsArticle',
        headline: p.title,
        url: p.url,
        datePublished: p.publishedAt,
        author: typeof p.author === 'string' ? { '@type': 'Person', name: p.author } : undefined,
        publisher: typeof p.outlet === 'string' ? { '@type': 'Organization', name: p.outlet } : undefined,
        articleBody: p.text,
      });
    case 'Person':
      return present({ ...base, '@type': 'Person', name: p.name, alternateName: p.aliases, jobTitle: p.titles });
    case 'Organization':
      return present({
        ...base,
        '@type': 'Organization',
        name: p.name,
        alternateName: p.aliases,
        additionalType: p.kind,
      });
    case 'Place':
      return present({ ...base, '@type': 'Place', name: p.name, additionalType: p.kind });
    case 'Policy':
      return present({
        ...base,
        '@type': 'Legislation',
        name: p.name,
        legislationType: p.kind,
        legislationDate: p.date,
      });
    case 'Quote':
      return present({ ...base, '@type': p.kind === 'indirect' ? 'Claim' : 'Quotation', text: p.text });
    case 'Statistic':
      return present({ ...base, '@type': 'Claim', text: p.name, name: p.measure, value: p.value });
    case 'AnonymousSource':
      return present({ ...base, '@type': 'Person', description: p.description });
    default:
      return present({ ...base, '@type': 'Thing', name: p.name });
  }
}

/** The schema.org property each relationship becomes, on its start node; every type of the model has one. */
const RELATIONSHIP_PROPERTY: Readonly<Record<RelationshipType, string>> = {
  CONTAINS: 'hasPart',
  MENTIONS: 'mentions',
  SAID_BY: 'creator',
  ATTRIBUTED_TO: 'creator',
  SPEAKS_FOR: 'memberOf',
  ABOUT_PLACE: 'spatialCoverage',
  ISSUED_BY: 'legislationPassedBy',
  HOLDS_ROLE: 'affiliation',
  PART_OF: 'parentOrganization',
};

export function relationshipObject(relationship: ExportRelationship): Json {
  const property = isRelationshipType(relationship.type) ? RELATIONSHIP_PROPERTY[relationship.type] : 'isRelatedTo';
  return { '@id': `${ID_PREFIX}${relationship.from}`, [property]: iri(relationship.to) };
}

export async function writeJsonld(
  sink: TextSink,
  nodes: AsyncIterable<readonly ExportNode[]>,
  relationships: AsyncIterable<readonly ExportRelationship[]>,
  onPage?: (what: 'nodes' | 'relationships', count: number) => void,
): Promise<void> {
  await sink.write(`{"@context":${JSON.stringify(CONTEXT)},"@graph":[`);
  let first = true;
  const items = async (objects: readonly Json[]) => {
    if (objects.length === 0) return;
    await sink.write(`${first ? '\n' : ',\n'}${objects.map((o) => JSON.stringify(o)).join(',\n')}`);
    first = false;
  };
  for await (const page of nodes) {
    await items(page.map(nodeObject));
    onPage?.('nodes', page.length);
  }
  for await (const page of relationships) {
    await items(page.map(relationshipObject));
    onPage?.('relationships', page.length);
  }
  await sink.write('\n]}\n');
}
