/**
 * Hash routes: `#/person/<id>`, `#/organization/<id>`, `#/place/<id>`, `#/policy/<id>`, `#/source/<id>`,
 * `#/article/<id>?quote=<id>`, `#/figure/<id>`, `#/connect?from=<id>&to=<id>`, and `#/` (home).
 */
import type { NamedNode } from './api.js';

export type EntityKind = 'person' | 'organization' | 'place' | 'policy' | 'source';

export type Route =
  | { view: 'home' }
  | { view: 'entity'; kind: EntityKind; id: string }
  | { view: 'article'; id: string; quote: string | undefined; figure: string | undefined }
  | { view: 'quote'; id: string }
  | { view: 'figure'; id: string }
  | { view: 'connect'; from: string | undefined; to: string | undefined }
  | { view: 'not-found'; path: string };

const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'policy', 'source'];

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parameters = new URLSearchParams(query);
  const [, first = '', rawId = ''] = path.split('/');
  const id = decodeURIComponent(rawId);
  if (!first) return { view: 'home' };
  if ((ENTITY_KINDS as readonly string[]).includes(first) && id) return { view: 'entity', kind: first as EntityKind, id };
  if (first === 'article' && id) return { view: 'article', id, quote: parameters.get('quote') ?? undefined, figure: parameters.get('figure') ?? undefined };
  if (first === 'quote' && id) return { view: 'quote', id };
  if (first === 'figure' && id) return { view: 'figure', id };
  if (first === 'connect') return { view: 'connect', from: parameters.get('from') ?? undefined, to: parameters.get('to') ?? undefined };
  return { view: 'not-found', path };
}

/**
 * The API names a kind two ways: by GraphQL type name (`AnonymousSource`) and by NodeKind value
 * (`ANONYMOUS_SOURCE`). Everything here is keyed by the type name.
 */
export function typeName(kind: string): string {
  return kind === kind.toUpperCase() ? kind.toLowerCase().replace(/(?:^|_)(\w)/g, (_, letter: string) => letter.toUpperCase()) : kind;
}

const SEGMENT: Readonly<Record<string, string>> = {
  Person: 'person',
  Organization: 'organization',
  Place: 'place',
  Policy: 'policy',
  AnonymousSource: 'source',
  Article: 'article',
  Statistic: 'figure',
  Quote: 'quote',
};

/** The page of a node of this kind (type name or NodeKind). */
export function hrefFor(kind: string, id: string): string {
  return `#/${SEGMENT[typeName(kind)] ?? 'person'}/${encodeURIComponent(id)}`;
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
