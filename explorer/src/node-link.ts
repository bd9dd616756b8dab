/** A node as a real link to its page. */
import type { NamedNode } from './api.js';
import { h } from './dom.js';
import { hrefFor, nodeLabel, typeName } from './routes.js';

const KIND_LABEL: Readonly<Record<string, string>> = {
  Person: 'person',
  Organization: 'organization',
  Place: 'place',
  Policy: 'policy',
  AnonymousSource: 'anonymous source',
  Article: 'article',
  Statistic: 'figure',
  Quote: 'quote',
};

export function kindLabel(kind: string): string {
  return KIND_LABEL[typeName(kind)] ?? kind.toLowerCase();
}

export function nodeLink(node: NamedNode | null | undefined, fallback = 'unattributed'): HTMLElement {
  if (!node) return h('span', { class: 'muted' }, fallback);
  return h('a', { href: hrefFor(node.__typename, node.id), class: `node-link kind-${kindLabel(node.__typename).replace(/\s+/g, '-')}` }, nodeLabel(node));
}

export function kindBadge(kind: string): HTMLElement {
  return h('span', { class: `badge kind-${kindLabel(kind).replace(/\s+/g, '-')}` }, kindLabel(kind));
}
