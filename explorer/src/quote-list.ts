/** Quotes and claims as an analyst reads them: the words, the sentence around them, and the article. */
import type { Connection, EvidenceRef, Speaker } from './api.js';
import { h } from './dom.js';
import { nodeLink } from './node-link.js';
import { articleHref } from './routes.js';

export interface QuoteItem {
  id: string;
  kind: string;
  text: string;
  speaker?: Speaker | null;
  evidence: EvidenceRef[];
  articleCount: number;
}

export const QUOTE_FIELDS = /* GraphQL */ `
  id kind text articleCount
  evidence { sentence text start end article { id title publishedAt outlet } }
`;

/** The sentence with the quoted words marked in it. */
export function sentenceWithQuote(sentence: string, words: string): HTMLElement {
  const at = words ? sentence.indexOf(words) : -1;
  if (at < 0) return h('span', { class: 'sentence' }, sentence);
  return h(
    'span',
    { class: 'sentence' },
    sentence.slice(0, at),
    h('mark', { class: 'said' }, words),
    sentence.slice(at + words.length),
  );
}

function moreArticles(count: number): string {
  return `and ${count.toLocaleString('en-US')} more ${count === 1 ? 'article' : 'articles'}`;
}

export function quoteList(
  heading: string,
  connection: Connection<QuoteItem> | undefined,
  options: { showSpeaker?: boolean; empty?: string; id?: string } = {},
): HTMLElement {
  const quotes = connection?.edges.map((edge) => edge.node) ?? [];
  const headingId = `${options.id ?? heading.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return h(
    'section',
    { class: 'panel quotes', 'aria-labelledby': headingId },
    h(
      'h2',
      { id: headingId },
      heading,
      ' ',
      h('span', { class: 'count' }, `(${connection?.totalCount ?? quotes.length})`),
    ),
    quotes.length
      ? h(
          'ol',
          { class: 'quote-list' },
          quotes.map((quote) =>
            h(
              'li',
              { class: `quote kind-${quote.kind.toLowerCase()}`, 'data-quote-id': quote.id },
              options.showSpeaker ? h('p', { class: 'speaker' }, nodeLink(quote.speaker ?? null), ':') : null,
              quote.evidence.length
                ? quote.evidence.map((evidence) =>
                    h(
                      'figure',
                      { class: 'evidence' },
                      h('blockquote', {}, sentenceWithQuote(evidence.sentence, evidence.text ?? quote.text)),
                      h(
                        'figcaption',
                        {},
                        h('span', { class: 'badge' }, quote.kind.toLowerCase()),
                        ' in ',
                        h(
                          'a',
                          { href: articleHref(evidence.article.id, { quote: quote.id }), class: 'article-link' },
                          evidence.article.title,
                        ),
                        evidence.article.publishedAt
                          ? h('span', { class: 'muted' }, ` · ${evidence.article.publishedAt}`)
                          : null,
                      ),
                    ),
                  )
                : h('blockquote', {}, `“${quote.text}”`),
              // The API lists the oldest ten articles carrying the words; wire copy can repeat them in hundreds.
              quote.articleCount > quote.evidence.length
                ? h('p', { class: 'muted more-articles' }, moreArticles(quote.articleCount - quote.evidence.length))
                : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, options.empty ?? 'None.'),
  );
}
