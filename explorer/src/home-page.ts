/** The start page: what the graph holds, and a few ways in. */
import { gql } from './api.js';
import { formatNumber, h } from './dom.js';
import { liveArticles } from './live-articles.js';
import { articleHref, connectHref, hrefFor } from './routes.js';

interface HomeData {
  stats: Record<string, number>;
  articles: { edges: { node: { id: string; title: string; outlet: string | null; publishedAt: string | null } }[] };
  people: { edges: { node: { id: string; name: string; quoteCount: number } }[] };
  quotedOrganizations: { edges: { node: { id: string; name: string; quoteCount: number } }[] };
  organizations: { edges: { node: { id: string; name: string; articleCount: number } }[] };
}

const HOME = /* GraphQL */ `
  query ExplorerHome {
    stats {
      articles
      people
      organizations
      places
      policies
      statistics
      quotes
      claims
    }
    articles(first: 20, sort: PUBLISHED_AT, direction: DESC) {
      edges {
        node {
          id
          title
          outlet
          publishedAt
        }
      }
    }
    people(first: 10, sort: QUOTE_COUNT, direction: DESC) {
      edges {
        node {
          id
          name
          quoteCount
        }
      }
    }
    quotedOrganizations: organizations(first: 10, sort: QUOTE_COUNT, direction: DESC) {
      edges {
        node {
          id
          name
          quoteCount
        }
      }
    }
    organizations(first: 10, sort: ARTICLE_COUNT, direction: DESC) {
      edges {
        node {
          id
          name
          articleCount
        }
      }
    }
  }
`;

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** People and organizations together, most quotes first; nobody with none. */
function mostQuoted(
  data: HomeData,
): { kind: 'Person' | 'Organization'; id: string; name: string; quoteCount: number }[] {
  return [
    ...data.people.edges.map(({ node }) => ({ kind: 'Person' as const, ...node })),
    ...data.quotedOrganizations.edges.map(({ node }) => ({ kind: 'Organization' as const, ...node })),
  ]
    .filter((speaker) => speaker.quoteCount > 0)
    .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name))
    .slice(0, 10);
}

export async function homePage(): Promise<HTMLElement> {
  document.title = 'Explorer · newsgraph';
  const data = await gql<HomeData>(HOME);
  return h(
    'article',
    { class: 'home' },
    h(
      'header',
      { class: 'page-header' },
      h('h1', { tabindex: '-1' }, 'Who said what, and where the figures came from'),
      h(
        'p',
        { class: 'muted' },
        'Search above, or start from the most quoted people, the most mentioned organizations and the articles.',
      ),
    ),
    h(
      'ul',
      { class: 'stats', 'aria-label': 'What the graph holds' },
      Object.entries(data.stats).map(([kind, count]) => h('li', {}, h('strong', {}, formatNumber(count)), ` ${kind}`)),
    ),
    h(
      'div',
      { class: 'columns three' },
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'quoted-heading' },
        h('h2', { id: 'quoted-heading' }, 'Most quoted'),
        h(
          'ul',
          { class: 'plain-list' },
          mostQuoted(data).map((speaker) =>
            h(
              'li',
              {},
              h('a', { href: hrefFor(speaker.kind, speaker.id) }, speaker.name),
              h('span', { class: 'muted' }, ` · ${count(speaker.quoteCount, 'quote', 'quotes')}`),
            ),
          ),
        ),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'orgs-heading' },
        h('h2', { id: 'orgs-heading' }, 'Most mentioned organizations'),
        h(
          'ul',
          { class: 'plain-list' },
          data.organizations.edges.map(({ node }) =>
            h(
              'li',
              {},
              h('a', { href: hrefFor('Organization', node.id) }, node.name),
              h('span', { class: 'muted' }, ` · ${count(node.articleCount, 'article', 'articles')}`),
            ),
          ),
        ),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'articles-heading' },
        h('h2', { id: 'articles-heading' }, 'Articles'),
        h(
          'ul',
          { class: 'plain-list' },
          data.articles.edges.map(({ node }) =>
            h(
              'li',
              {},
              h('a', { href: articleHref(node.id) }, node.title),
              node.outlet ? h('span', { class: 'muted' }, ` · ${node.outlet}`) : null,
            ),
          ),
        ),
      ),
    ),
    liveArticles(),
    h('p', {}, h('a', { href: connectHref(), class: 'button-link' }, 'How are two entities connected?')),
  );
}
