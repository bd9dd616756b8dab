/**
 * A figure: what it counts, every article and source that cites it (with the sentence), the figures for
 * the same measure and period that disagree, and a small chart of them.
 */
import { gql, SPEAKER, type Connection, type Speaker } from './api.js';
import { formatNumber, h } from './dom.js';
import { figureChart, type ChartPoint } from './figure-chart.js';
import { nodeLink } from './node-link.js';
import { sentenceWithQuote } from './quote-list.js';
import { articleHref, hrefFor } from './routes.js';

interface CitationItem {
  article: { id: string; title: string; publishedAt: string | null; outlet: string | null };
  source: Speaker | null;
  evidence: { sentence: string; text: string };
}
interface FigureData {
  id: string;
  name: string;
  value: number | null;
  valueHigh: number | null;
  qualifier: string | null;
  unit: string | null;
  measure: string;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  vague: boolean;
  place: { id: string; __typename: string; name: string } | null;
  reportedBy: Speaker[];
  citations: Connection<CitationItem>;
  disagreements: {
    id: string;
    name: string;
    value: number | null;
    measure: string;
    period: string | null;
    periodStart: string | null;
    citations: Connection<CitationItem>;
  }[];
}

const CITATION = `article { id title publishedAt outlet } source { ...SpeakerName } evidence { sentence text }`;
const FIGURE = /* GraphQL */ `
  query ExplorerFigure($id: ID!) {
    statistic(id: $id) {
      id name value valueHigh qualifier unit measure period periodStart periodEnd vague
      place { id __typename name }
      reportedBy { ...SpeakerName }
      citations(first: 100) { totalCount edges { node { ${CITATION} } } }
      disagreements { id name value measure period periodStart citations(first: 50) { totalCount edges { node { ${CITATION} } } } }
    }
  }
  ${SPEAKER}
`;

function citationList(figureId: string, citations: Connection<CitationItem>, className: string): HTMLElement {
  return h(
    'ol',
    { class: `citation-list ${className}` },
    citations.edges.map(({ node }) =>
      h(
        'li',
        { class: 'citation' },
        h(
          'p',
          {},
          h(
            'a',
            { href: articleHref(node.article.id, { figure: figureId }), class: 'article-link' },
            node.article.title,
          ),
          node.article.outlet || node.article.publishedAt
            ? h(
                'span',
                { class: 'muted' },
                ` · ${[node.article.outlet, node.article.publishedAt].filter(Boolean).join(' · ')}`,
              )
            : null,
        ),
        h('p', { class: 'source' }, 'Source named: ', nodeLink(node.source, 'none named')),
        h('blockquote', {}, sentenceWithQuote(node.evidence.sentence, node.evidence.text)),
      ),
    ),
  );
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many.replace('#', String(count)));

const when = (start: string | null, citation: CitationItem | undefined) => citation?.article.publishedAt ?? start;

export async function figureView(id: string): Promise<HTMLElement> {
  const { statistic: figure } = await gql<{ statistic: FigureData | null }>(FIGURE, { id });
  if (!figure) throw new Error('Not found: no figure has this id any more.');
  document.title = `${figure.name} ${figure.measure} · Explorer`;

  const points: ChartPoint[] = [];
  const addPoints = (
    label: string,
    value: number | null,
    periodStart: string | null,
    citations: Connection<CitationItem>,
    current: boolean,
  ) => {
    if (value === null) return;
    if (!citations.edges.length) points.push({ label, value, date: periodStart, current });
    for (const { node } of citations.edges)
      points.push({ label: `${label} — ${node.article.title}`, value, date: when(periodStart, node), current });
  };
  addPoints(`${figure.name} ${figure.measure}`, figure.value, figure.periodStart, figure.citations, true);
  for (const other of figure.disagreements)
    addPoints(`${other.name} ${other.measure}`, other.value, other.periodStart, other.citations, false);
  // Without dates, one bar per figure rather than per citation.
  const anyDate = points.some((point) => point.date);
  const chartPoints = anyDate
    ? points
    : [
        ...new Map(
          points.map((point) => [point.label.split(' — ')[0]!, { ...point, label: point.label.split(' — ')[0]! }]),
        ).values(),
      ];
  const chart = figureChart(chartPoints);

  const facts = [
    [
      'Value',
      figure.value === null
        ? 'vague'
        : `${figure.qualifier ? `${figure.qualifier} ` : ''}${formatNumber(figure.value)}${figure.valueHigh ? ` to ${formatNumber(figure.valueHigh)}` : ''}`,
    ],
    ['Counts', figure.measure],
    ['Unit', figure.unit],
    [
      'Period',
      [figure.period, figure.periodStart && `${figure.periodStart}${figure.periodEnd ? ` to ${figure.periodEnd}` : ''}`]
        .filter(Boolean)
        .join(' · ') || null,
    ],
  ].filter(([, value]) => value);

  return h(
    'article',
    { class: 'figure-view' },
    h(
      'header',
      { class: 'page-header' },
      h('span', { class: 'badge kind-figure' }, 'figure'),
      h('h1', { tabindex: '-1' }, `${figure.name} ${figure.measure}`),
      h(
        'dl',
        { class: 'facts' },
        facts.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
        figure.place ? h('div', {}, h('dt', {}, 'Place'), h('dd', {}, nodeLink(figure.place))) : null,
        h(
          'div',
          {},
          h('dt', {}, 'Reported by'),
          h(
            'dd',
            {},
            figure.reportedBy.length
              ? figure.reportedBy.map((speaker, i) => [i ? ', ' : '', nodeLink(speaker)])
              : 'nobody named',
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        { class: 'main-column' },
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'citations-heading' },
          h(
            'h2',
            { id: 'citations-heading' },
            plural(
              figure.citations.totalCount ?? figure.citations.edges.length,
              'Cited by one article',
              'Cited by # articles',
            ),
          ),
          citationList(figure.id, figure.citations, 'citing'),
        ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'disagreements-heading' },
          h('h2', { id: 'disagreements-heading' }, `Figures that disagree (${figure.disagreements.length})`),
          figure.disagreements.length
            ? h(
                'ul',
                { class: 'plain-list disagreements' },
                figure.disagreements.map((other) =>
                  h(
                    'li',
                    {},
                    h('a', { href: hrefFor('Statistic', other.id) }, h('strong', {}, other.name), ` ${other.measure}`),
                    other.period ? h('span', { class: 'muted' }, ` (${other.period})`) : null,
                    citationList(other.id, other.citations, 'disagreeing'),
                  ),
                ),
              )
            : h('p', { class: 'muted' }, 'No figure for the same measure, period and place gives another value.'),
        ),
      ),
      h(
        'div',
        { class: 'side-column' },
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'chart-heading' },
          h('h2', { id: 'chart-heading' }, 'Chart'),
          chart ??
            h(
              'p',
              { class: 'muted' },
              figure.value === null
                ? 'A vague amount: nothing to chart.'
                : 'One value, cited once or without other figures to compare: nothing to chart.',
            ),
          chart
            ? h(
                'p',
                { class: 'chart-legend' },
                h('span', { class: 'swatch current' }),
                ' this figure ',
                h('span', { class: 'swatch' }),
                ' figures that disagree',
              )
            : null,
        ),
      ),
    ),
  );
}
