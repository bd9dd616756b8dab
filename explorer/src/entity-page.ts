/**
 * The page of a person, organization, place, policy or anonymous source: names and aliases, roles and
 * links, everything they said (with the sentence around each quote), the figures they reported, the
 * articles that mention them, and their neighborhood graph.
 */
import { gql, SPEAKER, type Connection, type NamedNode } from './api.js';
import { h, type Child } from './dom.js';
import { neighborhoodGraph } from './neighborhood-graph.js';
import { kindBadge, nodeLink } from './node-link.js';
import { QUOTE_FIELDS, quoteList, type QuoteItem } from './quote-list.js';
import { articleHref, connectHref, hrefFor, type EntityKind } from './routes.js';

interface FigureItem {
  id: string;
  name: string;
  measure: string;
  period?: string | null;
}
interface ArticleItem {
  id: string;
  title: string;
  publishedAt?: string | null;
  outlet?: string | null;
}

interface Entity {
  id: string;
  __typename: string;
  name?: string;
  description?: string;
  acronym?: string | null;
  aliases?: string[];
  titles?: string[];
  kind?: string;
  date?: string | null;
  roles?: { title: string; former: boolean; organization: NamedNode | null }[];
  parent?: NamedNode | null;
  speaksFor?: NamedNode | null;
  issuedBy?: NamedNode[];
  subOrganizations?: Connection<NamedNode>;
  people?: Connection<{ title: string; former: boolean; person: NamedNode }>;
  anonymousSources?: Connection<NamedNode>;
  quotes?: Connection<QuoteItem>;
  claims?: Connection<QuoteItem>;
  statistics?: Connection<FigureItem>;
  policies?: Connection<NamedNode>;
  articles?: Connection<ArticleItem>;
}

const FIGURES = `statistics(first: 100) { totalCount edges { node { id name measure period } } }`;
const ARTICLES = `articles(first: 50, sort: PUBLISHED_AT) { totalCount edges { node { id title publishedAt outlet } } }`;
const QUOTES_WITH_SPEAKER = `edges { node { ${QUOTE_FIELDS} speaker { ...SpeakerName } } }`;

const QUERIES: Readonly<Record<EntityKind, string>> = {
  person: `query ExplorerPerson($id: ID!) { entity: person(id: $id) {
    id __typename name aliases titles
    roles { title former organization { id __typename name } }
    quotes(first: 100, sort: PUBLISHED_AT, direction: DESC) { totalCount edges { node { ${QUOTE_FIELDS} } } }
    claims(first: 100, sort: PUBLISHED_AT, direction: DESC) { totalCount edges { node { ${QUOTE_FIELDS} } } }
    policies(first: 50) { edges { node { id __typename name } } }
    ${FIGURES} ${ARTICLES} } }`,
  organization: `query ExplorerOrganization($id: ID!) { entity: organization(id: $id) {
    id __typename name acronym aliases kind
    parent { id __typename name }
    subOrganizations(first: 50) { edges { node { id __typename name } } }
    people(first: 50) { edges { node { title former person { id __typename name } } } }
    anonymousSources(first: 50) { edges { node { id __typename description } } }
    quotes(first: 100, scope: ALL, sort: PUBLISHED_AT, direction: DESC) { totalCount ${QUOTES_WITH_SPEAKER} }
    policies(first: 50) { edges { node { id __typename name } } }
    ${FIGURES} ${ARTICLES} } } ${SPEAKER}`,
  place: `query ExplorerPlace($id: ID!) { entity: place(id: $id) { id __typename name kind ${FIGURES} ${ARTICLES} } }`,
  policy: `query ExplorerPolicy($id: ID!) { entity: policy(id: $id) {
    id __typename name kind date issuedBy { ...SpeakerName } ${ARTICLES} } } ${SPEAKER}`,
  source: `query ExplorerSource($id: ID!) { entity: node(id: $id) { id __typename ... on AnonymousSource {
    description speaksFor { id __typename name }
    quotes(first: 100, sort: PUBLISHED_AT, direction: DESC) { totalCount ${QUOTES_WITH_SPEAKER} } } } } ${SPEAKER}`,
};

const linkList = (items: Child[]) =>
  items.length
    ? h(
        'ul',
        { class: 'plain-list' },
        items.map((item) => h('li', {}, item)),
      )
    : h('p', { class: 'muted' }, 'None.');

function panel(heading: string, ...children: Child[]): HTMLElement {
  const id = `${heading.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, heading), ...children);
}

export async function entityPage(kind: EntityKind, id: string): Promise<HTMLElement> {
  const { entity } = await gql<{ entity: Entity | null }>(QUERIES[kind], { id });
  if (!entity) throw new Error('Not found: nothing has this id any more.');
  const title = entity.name ?? entity.description ?? entity.id;
  document.title = `${title} · Explorer`;

  const facts: Child[] = [];
  const aliases = (entity.aliases ?? []).filter((alias) => alias !== entity.name);
  if (entity.acronym) facts.push(h('div', {}, h('dt', {}, 'Acronym'), h('dd', {}, entity.acronym)));
  if (aliases.length) facts.push(h('div', {}, h('dt', {}, 'Also called'), h('dd', {}, aliases.join(' · '))));
  if (entity.titles?.length) facts.push(h('div', {}, h('dt', {}, 'Titles'), h('dd', {}, entity.titles.join(' · '))));
  if (entity.kind)
    facts.push(h('div', {}, h('dt', {}, 'Kind'), h('dd', {}, entity.kind.toLowerCase().replace(/_/g, ' '))));
  if (entity.date) facts.push(h('div', {}, h('dt', {}, 'Issued'), h('dd', {}, entity.date)));
  if (entity.parent) facts.push(h('div', {}, h('dt', {}, 'Part of'), h('dd', {}, nodeLink(entity.parent))));
  if (entity.speaksFor) facts.push(h('div', {}, h('dt', {}, 'Speaks for'), h('dd', {}, nodeLink(entity.speaksFor))));
  if (entity.issuedBy?.length)
    facts.push(
      h(
        'div',
        {},
        h('dt', {}, 'Issued by'),
        h(
          'dd',
          {},
          entity.issuedBy.map((speaker, i) => [i ? ', ' : '', nodeLink(speaker)]),
        ),
      ),
    );

  const links: HTMLElement[] = [];
  if (entity.roles)
    links.push(
      panel(
        'Roles',
        linkList(
          entity.roles.map((role) => [
            role.former ? 'former ' : '',
            role.title,
            role.organization ? [' — ', nodeLink(role.organization)] : null,
          ]),
        ),
      ),
    );
  if (entity.people)
    links.push(
      panel(
        'People',
        linkList(
          entity.people.edges.map(({ node }) => [
            nodeLink(node.person),
            ` — ${node.former ? 'former ' : ''}${node.title}`,
          ]),
        ),
      ),
    );
  if (entity.subOrganizations?.edges.length)
    links.push(panel('Parts', linkList(entity.subOrganizations.edges.map(({ node }) => nodeLink(node)))));
  if (entity.anonymousSources?.edges.length)
    links.push(panel('Anonymous sources', linkList(entity.anonymousSources.edges.map(({ node }) => nodeLink(node)))));
  if (entity.policies?.edges.length)
    links.push(panel('Policies issued', linkList(entity.policies.edges.map(({ node }) => nodeLink(node)))));

  const figures = entity.statistics
    ? panel(
        kind === 'place' ? 'Figures about this place' : 'Figures reported',
        linkList(
          entity.statistics.edges.map(({ node }) => [
            h('a', { href: hrefFor('Statistic', node.id) }, h('strong', {}, node.name), ` ${node.measure}`),
            node.period ? h('span', { class: 'muted' }, ` (${node.period})`) : null,
          ]),
        ),
      )
    : null;
  const articles = entity.articles
    ? panel(
        `Mentioned in ${entity.articles.totalCount ?? entity.articles.edges.length} articles`,
        linkList(
          entity.articles.edges.map(({ node }) => [
            h('a', { href: articleHref(node.id) }, node.title),
            node.publishedAt ? h('span', { class: 'muted' }, ` · ${node.publishedAt}`) : null,
          ]),
        ),
      )
    : null;

  return h(
    'article',
    { class: 'entity-page' },
    h(
      'header',
      { class: 'page-header' },
      kindBadge(entity.__typename),
      h('h1', { tabindex: '-1' }, title),
      facts.length ? h('dl', { class: 'facts' }, facts) : null,
      h('p', {}, h('a', { href: connectHref(entity.id), class: 'button-link' }, 'How is this connected to…?')),
    ),
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        { class: 'main-column' },
        entity.quotes
          ? quoteList(kind === 'organization' ? 'What it and its sources said' : 'What they said', entity.quotes, {
              showSpeaker: kind !== 'person',
              id: 'said',
            })
          : null,
        entity.claims ? quoteList('Claims reported of them', entity.claims, { id: 'claims' }) : null,
        figures,
      ),
      h('div', { class: 'side-column' }, neighborhoodGraph(entity.id), links, articles),
    ),
  );
}
