/**
 * Hash routes: `#/person/<id>`, `#/organization/<id>`, `#/place/<id>`, `#/policy/<id>`, `#/source/<id>`,
 * `#/article/<id>?quote=<id>`, `#/figure/<id>`, `#/connect?from=<id>&to=<id>`, and `#/` (home).
 */
import { enumName, NODE_LABELS, nodeLabelOf, type NodeLabel } from '../../model/graph-model.js';
import type { NamedNode } from './api.js';

/** The kinds with an entity page (entity-page.ts), by their route segment. */
const ENTITY_KINDS = ['person', 'organization', 'place', 'policy', 'source'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Each kind's page, by route segment. Keyed by the model's kinds, so a kind without a page does not compile. */
const PAGE: Readonly<Record<NodeLabel, EntityKind | 'article' | 'figure' | 'quote'>> = {
  Article: 'article',
  Person: 'person',
  Organization: 'organization',
  Place: 'place',
  Policy: 'policy',
  Statistic: 'figure',
  Quote: 'quote',
  AnonymousSource: 'source',
};

const isEntityKind = (segment: string): segment is EntityKind => (ENTITY_KINDS as readonly string[]).includes(segment);

/** The NodeKinds with an entity page, for search boxes that pick entities. */
export const ENTITY_NODE_KINDS: readonly string[] = NODE_LABELS.filter((label) => isEntityKind(PAGE[label])).map(
  enumName,
);

export type Route =
  | { view: 'home' }
  | { view: 'entity'; kind: EntityKind; id: string }
  | { view: 'article'; id: string; quote: string | undefined; figure: string | undefined }
  | { view: 'quote'; id: string }
  | { view: 'figure'; id: string }
  | { view: 'connect'; from: string | undefined; to: string | undefined }
  | { view: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parameters = new URLSearchParams(query);
  const [, first = '', rawId = ''] = path.split('/');
  const id = decodeURIComponent(rawId);
  if (!first) return { view: 'home' };
  if (isEntityKind(first) && id) return { view: 'entity', kind: first, id };
  if (first === 'article' && id)
    return {
      view: 'article',
      id,
      quote: parameters.get('quote') ?? undefined,
      figure: parameters.get('figure') ?? undefined,
    };
  if (first === 'quote' && id) return { view: 'quote', id };
  if (first === 'figure' && id) return { view: 'figure', id };
  if (first === 'connect')
    return { view: 'connect', from: parameters.get('from') ?? undefined, to: parameters.get('to') ?? undefined };
  return { view: 'not-found', path };
}

/**
 * The page of a node of this kind. The API names a kind two ways, by GraphQL type name (`AnonymousSource`)
 * and by NodeKind (`ANONYMOUS_SOURCE`); both are the model's. A kind it lacks has no page, and says so
 * rather than opening another kind's.
 */
export function hrefFor(kind: string, id: string): string {
  const label = nodeLabelOf(kind);
  if (!label) throw new Error(`The explorer has no page for a node of kind “${kind}”.`);
  return `#/${PAGE[label]}/${encodeURIComponent(id)}`;
}

export function articleHref(id: string, highlight: { quote?: string; figure?: string } = {}): string {
  const parameters = new URLSearchParams();
  if (highlight.quote) parameters.set('quote', highlight.quote);
  if (highlight.figure) parameters.set('figure', highlight.figure);
  const query = parameters.toString();
  return `#/article/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
}

export function connectHref(from?: string, to?: string): string {
  const parameters = new URLSearchParams();
  if (from) parameters.set('from', from);
  if (to) parameters.set('to', to);
  const query = parameters.toString();
  return `#/connect${query ? `?${query}` : ''}`;
}

/** How a node is named on screen. */
export function nodeLabel(node: NamedNode): string {
  if (node.name) return node.measure ? `${node.name} ${node.measure}` : node.name;
  if (node.title) return node.title;
  if (node.description) return node.speaksFor ? `${node.description} (for ${node.speaksFor.name})` : node.description;
  if (node.text) return `“${node.text}”`;
  return node.id;
}
