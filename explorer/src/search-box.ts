/**
 * A search box with suggestions across every kind (`search(query, kinds, first)`), as an ARIA combobox:
 * typing is debounced, arrows move through the suggestions, Enter opens (or picks) one, Escape closes.
 */
import { gql, NODE_NAME, type NamedNode } from './api.js';
import { h, replaceChildren, snippetNodes } from './dom.js';
import { kindBadge } from './node-link.js';
import { hrefFor, nodeLabel } from './routes.js';

export interface SearchHit {
  kind: string;
  snippet: string;
  node: NamedNode;
}

const SEARCH = /* GraphQL */ `
  query ExplorerSearch($query: String!, $kinds: [NodeKind!], $first: Int) {
    search(query: $query, kinds: $kinds, first: $first) {
      edges {
        kind
        snippet
        node {
          ...NodeName
        }
      }
    }
  }
  ${NODE_NAME}
`;

export interface SearchBoxOptions {
  /** Visible label text. */
  label: string;
  placeholder?: string;
  /** Only these NodeKinds; default every kind. */
  kinds?: readonly string[];
  /** What picking a hit does; default: open its page. */
  onPick?: (hit: SearchHit) => void;
  /** Shown in the box initially. */
  value?: string;
  debounceMs?: number;
}

let instances = 0;

export function searchBox(options: SearchBoxOptions): HTMLElement {
  const id = `search-${++instances}`;
  const listId = `${id}-list`;
  const input = h('input', {
    id,
    type: 'search',
    class: 'search-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: options.placeholder ?? 'Search people, agencies, policies, articles…',
    value: options.value ?? '',
  });
  const list = h('ul', {
    id: listId,
    class: 'suggestions',
    role: 'listbox',
    'aria-label': `${options.label}: suggestions`,
    hidden: true,
  });
  const status = h('span', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const pick = (hit: SearchHit) => {
    close();
    if (options.onPick) {
      input.value = nodeLabel(hit.node);
      options.onPick(hit);
    } else {
      input.value = '';
      location.hash = hrefFor(hit.kind, hit.node.id);
    }
  };

  const setActive = (index: number) => {
    active = index;
    list
      .querySelectorAll('[role="option"]')
      .forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = list.children[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = (query: string) => {
    if (!hits.length) {
      replaceChildren(list, h('li', { class: 'no-hits', role: 'presentation' }, `Nothing found for “${query}”.`));
      status.textContent = 'No suggestions.';
    } else {
      replaceChildren(
        list,
        hits.map((hit, index) =>
          h(
            'li',
            {
              id: `${id}-option-${index}`,
              role: 'option',
              'aria-selected': 'false',
              class: 'suggestion',
              onmousedown: (event: Event) => event.preventDefault(),
              onclick: () => pick(hit),
            },
            kindBadge(hit.kind),
            h('span', { class: 'suggestion-name' }, nodeLabel(hit.node)),
            h('span', { class: 'suggestion-snippet' }, snippetNodes(hit.snippet)),
          ),
        ),
      );
      status.textContent = `${hits.length} suggestions; use the arrow keys to choose.`;
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const search = async (query: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const data = await gql<{ search: { edges: SearchHit[] } }>(
        SEARCH,
        { query, kinds: options.kinds ?? null, first: 8 },
        controller.signal,
      );
      if (input.value.trim() !== query) return;
      hits = data.search.edges;
      render(query);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      replaceChildren(list, h('li', { class: 'error', role: 'presentation' }, (error as Error).message));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) {
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void search(query), options.debounceMs ?? 200);
  });
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && hits.length > 0;
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      if (list.hidden) render(input.value.trim());
      setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? (open ? hits[0] : undefined);
      if (hit) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('focus', () => {
    if (hits.length && input.value.trim()) render(input.value.trim());
  });

  return h(
    'div',
    { class: 'search-box' },
    h('label', { for: id, class: 'search-label' }, options.label),
    h('div', { class: 'search-field' }, input, list),
    status,
  );
}
