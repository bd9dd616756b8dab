/**
 * How a node reads in one line (path text, graph labels): its name, title or description. Never an
 * article's text: an article reads as its title.
 */
import type { NamingFields } from '../../db/statements/graph.js';
import type { NodeType } from '../ids/global-id.js';

export const LABEL_WIDTH = 80;

export function truncate(text: string, width = LABEL_WIDTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1).trimEnd()}…`;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function displayName(kind: NodeType, node: NamingFields): string {
  switch (kind) {
    case 'Article':
      return str(node.title) || 'untitled article';
    case 'AnonymousSource':
      return str(node.description) || 'an unnamed source';
    case 'Statistic':
      return [str(node.name), str(node.measure)].filter(Boolean).join(' ') || 'a figure';
    case 'Quote':
      return `“${truncate(str(node.text), LABEL_WIDTH - 2)}”`;
    default:
      return str(node.name) || str(node.id);
  }
}
