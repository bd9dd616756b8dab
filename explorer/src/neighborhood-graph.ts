/**
 * The interactive neighborhood of a node (`neighborhood(id, depth: 1, first: 40)`), drawn with cytoscape:
 * click (or tap) a node to open its page. The same nodes are listed as links beside it for keyboards and
 * screen readers, since a canvas is neither.
 */
import cytoscape from 'cytoscape';
import { nodeLabelOf, type NodeLabel } from '../../model/graph-model.js';
import { gql } from './api.js';
import { errorMessage, h, loading, replaceChildren } from './dom.js';
import { downloadLinks } from './download-links.js';
import { kindLabel } from './node-link.js';
import { hrefFor } from './routes.js';

interface GraphNode {
  id: string;
  kind: string;
  label: string;
}
interface GraphEdge {
  id: string;
  from: string;
  to: string;
  type: string;
  label: string;
}

const NEIGHBORHOOD = /* GraphQL */ `
  query ExplorerNeighborhood($id: ID!) {
    neighborhood(id: $id, depth: 1, first: 40) {
      nodes {
        id
        kind
        label
      }
      edges {
        id
        from
        to
        type
        label
      }
    }
  }
`;

/** Each kind's colour, in the legend's order; keyed by the model's kinds, so a kind without one does not compile. */
const COLORS: Readonly<Record<NodeLabel, string>> = {
  Person: '#1f6feb',
  Organization: '#8250df',
  Place: '#1a7f37',
  Policy: '#bc4c00',
  Article: '#57606a',
  Statistic: '#bf3989',
  Quote: '#9a6700',
  AnonymousSource: '#6e7781',
};
const colorOf = (kind: string): string => {
  const label = nodeLabelOf(kind);
  return label ? COLORS[label] : '#57606a';
};

const short = (label: string) => (label.length > 34 ? `${label.slice(0, 33)}…` : label);

export function neighborhoodGraph(id: string): HTMLElement {
  const canvas = h('div', {
    class: 'graph-canvas',
    role: 'img',
    'aria-label': 'Graph of what surrounds this node; the same nodes are listed below as links',
  });
  const list = h('div', { class: 'graph-list' });
  const section = h(
    'section',
    { class: 'panel graph', 'aria-labelledby': 'graph-heading' },
    h('h2', { id: 'graph-heading' }, 'Neighborhood'),
    h('p', { class: 'hint' }, 'Click a node to open its page.'),
    canvas,
    list,
    downloadLinks(id),
    loading('the neighborhood'),
  );
  void (async () => {
    try {
      const { neighborhood } = await gql<{ neighborhood: { nodes: GraphNode[]; edges: GraphEdge[] } | null }>(
        NEIGHBORHOOD,
        { id },
      );
      section.querySelector('.loading')?.remove();
      if (!neighborhood) return void section.remove();
      draw(canvas, id, neighborhood.nodes, neighborhood.edges);
      canvas.after(legend(neighborhood.nodes));
      replaceChildren(
        list,
        h(
          'details',
          {},
          h('summary', {}, `The ${neighborhood.nodes.length} nodes as a list`),
          h(
            'ul',
            { class: 'plain-list' },
            neighborhood.nodes
              .filter((node) => node.id !== id)
              .map((node) =>
                h(
                  'li',
                  {},
                  h('span', { class: 'muted' }, `${kindLabel(node.kind)}: `),
                  h('a', { href: hrefFor(node.kind, node.id) }, node.label),
                ),
              ),
          ),
        ),
      );
    } catch (error) {
      section.querySelector('.loading')?.replaceWith(errorMessage(error));
    }
  })();
  return section;
}

/** What each colour means, for the kinds this graph shows. */
function legend(nodes: readonly GraphNode[]): HTMLElement {
  const kinds = (Object.keys(COLORS) as NodeLabel[]).filter((label) =>
    nodes.some((node) => nodeLabelOf(node.kind) === label),
  );
  return h(
    'ul',
    { class: 'graph-legend', 'aria-label': 'Colours of the graph' },
    kinds.map((label) =>
      h('li', {}, h('span', { class: 'swatch', style: `background: ${COLORS[label]}` }), kindLabel(label)),
    ),
  );
}

function draw(container: HTMLElement, centre: string, nodes: GraphNode[], edges: GraphEdge[]): void {
  const known = new Set(nodes.map((node) => node.id));
  const cy = cytoscape({
    container,
    elements: [
      ...nodes.map((node) => ({
        data: {
          id: node.id,
          label: short(node.label),
          kind: node.kind,
          color: colorOf(node.kind),
          centre: node.id === centre ? 1 : 0,
        },
      })),
      ...edges
        .filter((edge) => known.has(edge.from) && known.has(edge.to))
        .map((edge) => ({ data: { id: `edge:${edge.id}`, source: edge.from, target: edge.to, label: edge.label } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          label: 'data(label)',
          'font-size': 10,
          color: '#1f2328',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          width: 14,
          height: 14,
          'text-wrap': 'ellipsis',
          'text-max-width': '120px',
        },
      },
      {
        selector: 'node[centre = 1]',
        style: {
          width: 26,
          height: 26,
          'font-size': 12,
          'font-weight': 'bold',
          'border-width': 3,
          'border-color': '#1f2328',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 1,
          'line-color': '#b6bec8',
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'target-arrow-color': '#b6bec8',
          'arrow-scale': 0.7,
        },
      },
      { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0.15 } },
    ],
    layout: {
      name: 'concentric',
      concentric: (node: cytoscape.NodeSingular) => (node.data('centre') ? 2 : 1),
      levelWidth: () => 1,
      minNodeSpacing: 40,
      spacingFactor: 1.1,
      animate: false,
    },
    minZoom: 0.3,
    maxZoom: 3,
  });
  cy.on('tap', 'node', (event) => {
    const node = event.target as cytoscape.NodeSingular;
    if (node.id() !== centre) location.hash = hrefFor(String(node.data('kind')), node.id());
  });
  cy.on('mouseover', 'node', () => (container.style.cursor = 'pointer'));
  cy.on('mouseout', 'node', () => (container.style.cursor = ''));
}
