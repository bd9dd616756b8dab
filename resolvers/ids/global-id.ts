/**
 * Relay global ids: the type name and the graph id, base64url-encoded so clients treat them as opaque.
 * A graph view's edges have ids of their own (for client caches), encoded differently: they name a link,
 * not a node, and are told apart here so passing one to `node()` says so.
 */
import { NODE_LABELS, type NodeLabel } from '../../model/graph-model.js';
import { BadUserInputError } from '../../runtime/errors.js';

export const NODE_TYPES = NODE_LABELS;
export type NodeType = NodeLabel;

export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The id of a `GraphEdge`: its type, ends and title, so the same link always gets the same id. */
export function toEdgeId(type: string, from: string, to: string, title: string | null): string {
  return Buffer.from(JSON.stringify([type, from, to, title]), 'utf8').toString('base64url');
}

/** "a Person", "an Organization", "an Article". */
export function withArticle(type: string): string {
  return `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}`;
}

export function fromGlobalId(globalId: string, argument = 'id'): { type: NodeType; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon) as NodeType;
  if (colon < 1 || !NODE_TYPES.includes(type) || colon === decoded.length - 1) {
    if (decoded.startsWith('[')) {
      throw new BadUserInputError(
        `"${globalId}" is the id of a GraphEdge, which names a link in a graph view, not a node; pass the edge's \`from\` or \`to\`.`,
        argument,
      );
    }
    throw new BadUserInputError(`"${globalId}" is not an id issued by this API.`, argument);
  }
  return { type, id: decoded.slice(colon + 1) };
}

/** Accepts only ids of the expected type, so an Article id is never looked up as a Person. */
export function graphIdOf(globalId: string, expected: NodeType, argument = 'id'): string {
  const { type, id } = fromGlobalId(globalId, argument);
  if (type !== expected)
    throw new BadUserInputError(
      `"${globalId}" is the id of ${withArticle(type)}, not of ${withArticle(expected)}.`,
      argument,
    );
  return id;
}
