/**
 * An article's text with its knowledge in place: quotes (linked to their speaker), figures (linked to the
 * figure view) and mentions of people, organizations, places and policies (linked to their pages), with
 * the page furniture the loader set aside shown greyed. Built from text nodes only.
 */
import { gql, SPEAKER, type Connection, type NamedNode, type Speaker } from './api.js';
import { h, type Child } from './dom.js';
import { placeMentions, segment, type Annotation } from './highlight.js';
import { nodeLink } from './node-link.js';
import { hrefFor, nodeLabel } from './routes.js';

interface Named extends NamedNode {
  aliases?: string[];
  acronym?: string | null;
}
interface ArticleData {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  text: string;
  boilerplate: { kind: string; start: number; end: number }[];
  mentions: { start: number; end: number; node: { id: string } }[];
  quotes: Connection<{
    id: string;
    kind: string;
    text: string;
    speaker: Speaker | null;
    evidence: { start: number; end: number }[];
  }>;
  statistics: Connection<{
    id: string;
    name: string;
    measure: string;
    citation: { evidence: { start: number; end: number } } | null;
  }>;
  people: Connection<Named>;
  organizations: Connection<Named>;
  places: Connection<Named>;
  policies: Connection<Named>;
}

const ARTICLE = /* GraphQL */ `
  query ExplorerArticle($id: ID!) {
    article(id: $id) {
      id
      title
      outlet
      author
      publishedAt
      url
      text
      boilerplate {
        kind
        start
        end
      }
      mentions {
        start
        end
        node {
          id
        }
      }
      quotes(first: 100, kinds: [DIRECT, PARTIAL, INDIRECT]) {
        edges {
          node {
            id
            kind
            text
            speaker {
              ...SpeakerName
            }
            evidence(article: $id) {
              start
              end
            }
          }
        }
      }
      statistics(first: 100) {
        edges {
          node {
            id
            name
            measure
            citation(article: $id) {
              evidence {
                start
                end
              }
            }
          }
        }
      }
      people(first: 100) {
        edges {
          node {
            id
            __typename
            name
            aliases
          }
        }
      }
      organizations(first: 100) {
        edges {
          node {
            id
            __typename
            name
            aliases
            acronym
          }
        }
      }
      places(first: 100) {
        edges {
          node {
            id
            __typename
            name
          }
        }
      }
      policies(first: 100) {
        edges {
          node {
            id
            __typename
            name
          }
        }
      }
    }
  }
  ${SPEAKER}
`;

const CLOSING_QUOTE = /[”"’']/;

/** A short tag: a source's own description ("a DHS official"), its full label only on hover. */
function speakerTag(speaker: Speaker | null): HTMLElement {
  if (!speaker || speaker.__typename !== 'AnonymousSource') return nodeLink(speaker, 'unattributed');
  return h(
    'a',
    {
      href: hrefFor(speaker.__typename, speaker.id),
      class: 'node-link kind-anonymous-source',
      title: nodeLabel(speaker),
    },
    speaker.description ?? nodeLabel(speaker),
  );
}

export async function articleView(
  id: string,
  target: { quote?: string | undefined; figure?: string | undefined } = {},
): Promise<HTMLElement> {
  const { article } = await gql<{ article: ArticleData | null }>(ARTICLE, { id });
  if (!article) throw new Error('Not found: no article has this id any more.');
  document.title = `${article.title} · Explorer`;

  const annotations: Annotation[] = article.boilerplate.map((span) => ({
    kind: 'boilerplate',
    start: span.start,
    end: span.end,
    id: span.kind,
  }));
  const quotes = new Map(article.quotes.edges.map(({ node }) => [node.id, node]));
  for (const quote of quotes.values()) {
    // The evidence is the words inside the quotation marks; the mark takes in the closing one, so the
    // speaker tag that follows it lands outside the quotation, not inside it.
    for (const evidence of quote.evidence)
      annotations.push({
        kind: 'quote',
        start: evidence.start,
        end: CLOSING_QUOTE.test(article.text[evidence.end] ?? '') ? evidence.end + 1 : evidence.end,
        id: quote.id,
      });
  }
  const figures = new Map(article.statistics.edges.map(({ node }) => [node.id, node]));
  for (const figure of figures.values()) {
    const words = figure.citation?.evidence;
    if (words) annotations.push({ kind: 'figure', start: words.start, end: words.end, id: figure.id });
  }
  const entities = new Map<string, Named>();
  for (const connection of [article.people, article.organizations, article.places, article.policies])
    for (const { node } of connection.edges) entities.set(node.id, node);
  // Where the loader found each name (the API's offsets), not a search of the text for names.
  annotations.push(
    ...placeMentions(
      article.mentions.filter((mention) => entities.has(mention.node.id)),
      annotations.filter((a) => a.kind !== 'mention'),
    ),
  );

  const body = h('div', { class: 'article-text' });
  const lastSegmentOf = new Map<string, number>();
  const segments = segment(article.text.length, annotations);
  segments.forEach((seg, index) =>
    seg.annotations.forEach((a) => a.kind === 'quote' && lastSegmentOf.set(`${a.id}@${a.start}`, index)),
  );

  segments.forEach((seg, index) => {
    let node: Node = document.createTextNode(article.text.slice(seg.start, seg.end));
    const link = seg.annotations.find((a) => a.kind === 'figure') ?? seg.annotations.find((a) => a.kind === 'mention');
    if (link?.kind === 'figure') {
      const figure = figures.get(link.id)!;
      node = h(
        'a',
        {
          class: 'hl-figure',
          href: hrefFor('Statistic', figure.id),
          title: `Figure: ${figure.name} ${figure.measure}`,
          'data-figure-id': figure.id,
        },
        node,
      );
    } else if (link?.kind === 'mention') {
      const entity = entities.get(link.id)!;
      node = h(
        'a',
        {
          class: `hl-mention kind-${entity.__typename.toLowerCase()}`,
          href: hrefFor(entity.__typename, entity.id),
          title: nodeLabel(entity),
        },
        node,
      );
    }
    for (const quote of seg.annotations.filter((a) => a.kind === 'quote')) {
      const data = quotes.get(quote.id)!;
      node = h(
        'mark',
        {
          class: `hl-quote${quote.id === target.quote ? ' is-target' : ''}`,
          'data-quote-id': quote.id,
          title: `${data.kind.toLowerCase()} quote of ${data.speaker ? nodeLabel(data.speaker) : 'an unattributed speaker'}`,
        },
        node,
      );
    }
    if (seg.annotations.some((a) => a.kind === 'figure' && a.id === target.figure) && node instanceof Element)
      node.classList.add('is-target');
    const furniture = seg.annotations.find((a) => a.kind === 'boilerplate');
    if (furniture)
      node = h(
        'span',
        { class: 'hl-boilerplate', title: `Page furniture (${furniture.id}), not read as knowledge` },
        node,
      );
    body.appendChild(node);
    // After the last piece of a quote, who said it, as a link to their page.
    for (const quote of seg.annotations.filter(
      (a) => a.kind === 'quote' && lastSegmentOf.get(`${a.id}@${a.start}`) === index,
    )) {
      const speaker = quotes.get(quote.id)!.speaker;
      body.appendChild(h('span', { class: 'speaker-tag' }, ' — ', speakerTag(speaker)));
    }
  });

  const meta: Child[] = [article.outlet, article.author ? `by ${article.author}` : null, article.publishedAt]
    .filter(Boolean)
    .map((part, i) => [i ? ' · ' : '', part as string]);
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    h('li', {}, h('mark', { class: 'hl-quote' }, 'quote'), ` ${quotes.size}`),
    h('li', {}, h('span', { class: 'hl-figure' }, 'figure'), ` ${figures.size}`),
    h('li', {}, h('span', { class: 'hl-mention' }, 'mention'), ` ${entities.size} entities`),
    h('li', {}, h('span', { class: 'hl-boilerplate' }, 'page furniture'), ` ${article.boilerplate.length}`),
  );

  const view = h(
    'article',
    { class: 'article-view' },
    h(
      'header',
      { class: 'page-header' },
      h('span', { class: 'badge kind-article' }, 'article'),
      h('h1', { tabindex: '-1' }, article.title),
      meta.length ? h('p', { class: 'muted' }, meta) : null,
      article.url
        ? h('p', {}, h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'Original article'))
        : null,
      legend,
    ),
    body,
  );
  return view;
}

/** After the view is on the page: bring the quote or figure asked about into view. */
export function revealTarget(root: HTMLElement): void {
  const target = root.querySelector('.is-target');
  if (target) target.scrollIntoView({ block: 'center' });
}
