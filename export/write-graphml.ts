/**
 * GraphML as Gephi reads it: nodes with a `label` (the name or title people know them by) and a `kind`,
 * edges with a `label` (the relationship type) and a `weight` (a mention's count, else 1), and every
 * other property as a typed attribute. An article's text and page-furniture spans stay out: a graph tool
 * lays out and filters, and a hundred thousand bodies would only slow it (CSV and NDJSON carry them).
 */
import type { Native } from '../db/to-native.js';
import type { ExportNode, ExportRelationship, GraphShape, StoredType } from './read-graph.js';
import type { TextSink } from './text-sink.js';

const LEFT_OUT: Readonly<Record<string, ReadonlySet<string>>> = { Article: new Set(['text', 'boilerplate']) };
/** Named by the format's own attributes above: never declared twice. */
const NODE_RESERVED = new Set(['id', 'label', 'kind']);
const EDGE_RESERVED = new Set(['label', 'weight']);

// Characters XML 1.0 cannot hold at all, even escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function attributeType(type: StoredType): string {
  if (type === 'Long') return 'long';
  if (type === 'Double') return 'double';
  if (type === 'Boolean') return 'boolean';
  return 'string';
}

function value(native: Native | undefined): string | null {
  if (native === null || native === undefined) return null;
  if (Array.isArray(native))
    return native
      .map((item) => (typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item)))
      .join('; ');
  if (typeof native === 'object') return JSON.stringify(native);
  return String(native);
}

/** What a person would call a node: its name, title, description or words, in that order. */
export function nodeLabel(node: ExportNode): string {
  const p = node.properties;
  for (const key of ['name', 'title', 'description', 'text']) {
    const found = p[key];
    if (typeof found === 'string' && found !== '') return found.length > 120 ? `${found.slice(0, 119)}…` : found;
  }
  return node.id;
}

export function edgeWeight(relationship: ExportRelationship): number {
  const count = relationship.properties.count;
  return relationship.type === 'MENTIONS' && typeof count === 'number' && count > 0 ? count : 1;
}

function data(key: string, native: Native | undefined): string {
  const text = value(native);
  return text === null ? '' : `<data key="${key}">${xml(text)}</data>`;
}

export async function writeGraphml(
  sink: TextSink,
  shape: GraphShape,
  nodes: AsyncIterable<readonly ExportNode[]>,
  relationships: AsyncIterable<readonly ExportRelationship[]>,
  onPage?: (what: 'nodes' | 'relationships', count: number) => void,
): Promise<void> {
  const nodeKeys = [...shape.nodeProperties].filter(([name]) => !NODE_RESERVED.has(name));
  const edgeKeys = [...shape.relationshipProperties].filter(([name]) => !EDGE_RESERVED.has(name));
  const keys = [
    '<key id="label" for="node" attr.name="label" attr.type="string"/>',
    '<key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '<key id="edgelabel" for="edge" attr.name="label" attr.type="string"/>',
    '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    ...nodeKeys.map(
      ([name, type]) =>
        `<key id="n_${xml(name)}" for="node" attr.name="${xml(name)}" attr.type="${attributeType(type)}"/>`,
    ),
    ...edgeKeys.map(
      ([name, type]) =>
        `<key id="e_${xml(name)}" for="edge" attr.name="${xml(name)}" attr.type="${attributeType(type)}"/>`,
    ),
  ];
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      `${keys.join('\n')}\n<graph id="newsgraph" edgedefault="directed">\n`,
  );
  for await (const page of nodes) {
    const lines = page.map((node) => {
      const leftOut = LEFT_OUT[node.kind];
      const attributes = nodeKeys
        .filter(([name]) => !leftOut?.has(name))
        .map(([name]) => data(`n_${xml(name)}`, node.properties[name]));
      return `<node id="${xml(node.id)}">${data('label', nodeLabel(node))}${data('kind', node.kind)}${attributes.join('')}</node>`;
    });
    await sink.write(`${lines.join('\n')}\n`);
    onPage?.('nodes', page.length);
  }
  for await (const page of relationships) {
    const lines = page.map((r) => {
      const attributes = edgeKeys.map(([name]) => data(`e_${xml(name)}`, r.properties[name]));
      return `<edge source="${xml(r.from)}" target="${xml(r.to)}">${data('edgelabel', r.type)}${data('weight', edgeWeight(r))}${attributes.join('')}</edge>`;
    });
    await sink.write(`${lines.join('\n')}\n`);
    onPage?.('relationships', page.length);
  }
  await sink.write('</graph>\n</graphml>\n');
}
