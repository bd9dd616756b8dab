/** The explorer's entry: the search box on every page, and the hash router that renders each view. */
import { gql } from './api.js';
import { articleView, revealTarget } from './article-view.js';
import { connectionView } from './connection-view.js';
import { errorMessage, h, loading, replaceChildren } from './dom.js';
import { entityPage } from './entity-page.js';
import { figureView } from './figure-view.js';
import { homePage } from './home-page.js';
import { articleHref, connectHref, parseRoute, type Route } from './routes.js';
import { searchBox } from './search-box.js';

const main = document.getElementById('main')!;
const header = document.getElementById('site-search')!;
header.appendChild(searchBox({ label: 'Search' }));
document.getElementById('connect-link')?.setAttribute('href', connectHref());

async function render(route: Route): Promise<HTMLElement> {
  switch (route.view) {
    case 'home':
      return homePage();
    case 'entity':
      return entityPage(route.kind, route.id);
    case 'article':
      return articleView(route.id, { quote: route.quote, figure: route.figure });
    case 'quote': {
      // A quote on its own opens the first article carrying it, with the quote highlighted.
      const { quote } = await gql<{ quote: { evidence: { article: { id: string } }[] } | null }>(
        'query ExplorerQuote($id: ID!) { quote(id: $id) { evidence { article { id } } } }',
        { id: route.id },
      );
      const article = quote?.evidence[0]?.article.id;
      if (!article) throw new Error('This quote has no article any more.');
      location.replace(articleHref(article, { quote: route.id }));
      return loading('the article');
    }
    case 'figure':
      return figureView(route.id);
    case 'connect':
      return connectionView(route.from, route.to);
    case 'not-found':
      return h('p', { class: 'error' }, `There is no page at “${route.path}”.`);
  }
}

let generation = 0;
async function navigate(): Promise<void> {
  const current = ++generation;
  const route = parseRoute(location.hash);
  main.setAttribute('aria-busy', 'true');
  replaceChildren(main, loading('the page'));
  let view: HTMLElement;
  try {
    view = await render(route);
  } catch (error) {
    view = h('div', {}, h('h1', { tabindex: '-1' }, 'Something went wrong'), errorMessage(error));
  }
  if (current !== generation) return;
  replaceChildren(main, view);
  main.removeAttribute('aria-busy');
  main.dataset.view = route.view;
  // After a navigation (not the first load), move focus to the new page's heading, so keyboard and screen
  // reader users start there; unless they have gone on typing in the search box meanwhile, where taking
  // the focus away would close its suggestions under their fingers.
  if (current > 1 && !header.contains(document.activeElement))
    main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
  if (route.view === 'article') revealTarget(main);
}

window.addEventListener('hashchange', () => void navigate());
void navigate();
