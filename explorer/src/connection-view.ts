/**
 * "How are these connected?": two search boxes pick two entities; `connection(from, to)` answers with up
 * to five shortest paths, each as a sentence and as its steps.
 */
import { gql, NODE_NAME, type NamedNode } from './api.js';
import { h, replaceChildren } from './dom.js';
import { nodeLink } from './node-link.js';
import { connectHref, ENTITY_NODE_KINDS, nodeLabel } from './routes.js';
import { searchBox } from './search-box.js';

interface PathData {
  text: string;
  length: number;
  throughArticles: boolean;
  steps: { relation: string; type: string; from: NamedNode; to: NamedNode }[];
}

const CONNECTION = /* GraphQL */ `
  query ExplorerConnection($from: ID!, $to: ID!) {
    connection(from: $from, to: $to, maxHops: 4) {
      text
      length
      throughArticles
      steps {
        relation
        type
        from {
          ...NodeName
        }
        to {
          ...NodeName
        }
      }
    }
    ends: nodes(ids: [$from, $to]) {
      ...NodeName
    }
  }
  ${NODE_NAME}
`;

export async function connectionView(from: string | undefined, to: string | undefined): Promise<HTMLElement> {
  document.title = 'How are these connected? · Explorer';
  const results = h('div', { class: 'connection-results', 'aria-live': 'polite' });
  let ends: (NamedNode | null)[] = [null, null];
  if (from && to) {
    const data = await gql<{ connection: PathData[]; ends: (NamedNode | null)[] }>(CONNECTION, { from, to });
    ends = data.ends;
    replaceChildren(
      results,
      h(
        'h2',
        {},
        data.connection.length
          ? `${data.connection.length} shortest ${data.connection.length === 1 ? 'path' : 'paths'}`
          : 'No connection within four hops',
      ),
      h(
        'ol',
        { class: 'paths' },
        data.connection.map((path) =>
          h(
            'li',
            { class: 'path' },
            h('p', { class: 'path-text' }, path.text),
            path.throughArticles
              ? h(
                  'p',
                  { class: 'muted' },
                  'Through articles: no chain of facts alone links them within 4 steps, so this path goes through the articles that mention the people and bodies on the way.',
                )
              : null,
            h(
              'ol',
              { class: 'steps' },
              path.steps.map((step) =>
                h(
                  'li',
                  {},
                  nodeLink(step.from),
                  h('span', { class: 'relation' }, ` — ${step.relation} → `),
                  nodeLink(step.to),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  } else if (from) {
    ends = (
      await gql<{ ends: (NamedNode | null)[] }>(
        `query ExplorerEnds($ids: [ID!]!) { ends: nodes(ids: $ids) { ...NodeName } } ${NODE_NAME}`,
        { ids: [from] },
      )
    ).ends;
  }
  let picked = [from, to];
  const go = () => {
    if (picked[0] && picked[1]) location.hash = connectHref(picked[0], picked[1]);
  };
  const first = searchBox({
    label: 'From',
    placeholder: 'A person, agency, place or policy…',
    kinds: ENTITY_NODE_KINDS,
    value: ends[0] ? nodeLabel(ends[0]) : '',
    onPick: (hit) => ((picked = [hit.node.id, picked[1]]), go()),
  });
  const second = searchBox({
    label: 'To',
    placeholder: 'Another one…',
    kinds: ENTITY_NODE_KINDS,
    value: ends[1] ? nodeLabel(ends[1]) : '',
    onPick: (hit) => ((picked = [picked[0], hit.node.id]), go()),
  });
  return h(
    'article',
    { class: 'connection-view' },
    h(
      'header',
      { class: 'page-header' },
      h('h1', { tabindex: '-1' }, 'How are these connected?'),
      h(
        'p',
        { class: 'muted' },
        'Pick two entities: the paths go through roles, agencies, policies and places, and through the articles that mention both only when nothing else links them.',
      ),
    ),
    h('div', { class: 'panel connection-pickers' }, first, second),
    results,
  );
}
