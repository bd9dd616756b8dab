/**
 * "Just loaded": articles as they are loaded, pushed by the server over its GraphQL subscription
 * (`articleIngested`, graphql-ws protocol on /graphql). One socket for the whole app, opened the first
 * time the panel is shown; the panel's subscription ends when the panel leaves the page.
 */
import { createClient, type Client } from 'graphql-ws';
import { h } from './dom.js';
import { articleHref } from './routes.js';

const JUST_LOADED = /* GraphQL */ `
  subscription ExplorerJustLoaded {
    articleIngested {
      change
      article {
        id
        title
        outlet
      }
    }
  }
`;

interface Loaded {
  articleIngested: { change: string; article: { id: string; title: string; outlet: string | null } | null };
}

/** Most items the panel keeps. */
const SHOWN = 10;

let client: Client | undefined;

function socket(): Client {
  client ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    retryAttempts: Infinity,
  });
  return client;
}

export function liveArticles(): HTMLElement {
  const list = h('ul', { class: 'plain-list', 'aria-live': 'polite' });
  const empty = h('p', { class: 'muted' }, 'Articles loaded from now on appear here as they land.');
  const panel = h(
    'section',
    { class: 'panel live', 'aria-labelledby': 'live-heading' },
    h('h2', { id: 'live-heading' }, 'Just loaded'),
    empty,
    list,
  );
  const stop = socket().subscribe<Loaded>(
    { query: JUST_LOADED },
    {
      next: ({ data }) => {
        if (!panel.isConnected && panel.dataset.shown) return stop();
        const article = data?.articleIngested.article;
        if (!article) return;
        empty.remove();
        const label = data.articleIngested.change === 'UPDATED' ? ' · updated' : '';
        list.prepend(
          h(
            'li',
            {},
            h('a', { href: articleHref(article.id) }, article.title),
            h('span', { class: 'muted' }, `${article.outlet ? ` · ${article.outlet}` : ''}${label}`),
          ),
        );
        while (list.children.length > SHOWN) list.lastElementChild!.remove();
      },
      error: () => empty.replaceChildren('Live updates are not available right now.'),
      complete: () => undefined,
    },
  );
  // Marked once on the page, so a panel not yet attached is not taken for one that has left.
  requestAnimationFrame(() => (panel.dataset.shown = 'yes'));
  return panel;
}
