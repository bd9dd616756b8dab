/** A node as a real link to its page. */
import { nodeLabelOf, type NodeLabel } from '../../model/graph-model.js';
import type { NamedNode } from './api.js';
import { h } from './dom.js';
import { hrefFor, nodeLabel } from './routes.js';

/** Each kind in words; keyed by the model's kinds, so a kind without words does not compile. */
const KIND_LABEL: Readonly<Record<NodeLabel, string>> = {
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
  const label = nodeLabelOf(kind);
  return label ? KIND_LABEL[label] : kind.toLowerCase();
}

export function nodeLink(node: NamedNode | null | undefined, fallback = 'unattributed'): HTMLElement {
  if (!node) return h('span', { class: 'muted' }, fallback);
  return h(
    'a',
    {
      href: hrefFor(node.__typename, node.id),
      class: `node-link kind-${kindLabel(node.__typename).replace(/\s+/g, '-')}`,
    },
    nodeLabel(node),
  );
}

export function kindBadge(kind: string): HTMLElement {
  return h('span', { class: `badge kind-${kindLabel(kind).replace(/\s+/g, '-')}` }, kindLabel(kind));
}
