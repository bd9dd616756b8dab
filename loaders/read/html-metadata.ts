/**
 * What a web page says about itself: Open Graph and article meta tags first (publishers fill them for
 * link previews, so they are the cleanest), then the plainer HTML fallbacks.
 */
import { lenientField, type DocumentFields, type FieldName } from './document-fields.js';
import { htmlText } from './html-text.js';
import { descendants, firstElement, type HtmlDocument, type HtmlParent } from './html-dom.js';

function metaTags(document: HtmlDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of descendants(document)) {
    if (meta.name !== 'meta') continue;
    const key = meta.attribs.property ?? meta.attribs.name ?? meta.attribs.itemprop;
    const content = meta.attribs.content;
    // The first of a repeated tag wins, as with link-preview crawlers.
    if (key !== undefined && content !== undefined && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  return tags;
}

function first(name: FieldName, candidates: readonly (string | undefined)[]): string | null {
  for (const candidate of candidates) {
    const value = lenientField(name, candidate);
    if (value !== null) return value;
  }
  return null;
}

function canonicalLink(document: HtmlDocument): string | undefined {
  for (const element of descendants(document)) {
    if (element.name === 'link' && (element.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical')) return element.attribs.href;
  }
  return undefined;
}

/** `content` is where the article text was taken from: its own <time> and <h1> beat the page's. */
export function htmlMetadata(document: HtmlDocument, content: HtmlParent): DocumentFields {
  const meta = metaTags(document);
  const titleElement = firstElement('title', document);
  const heading = firstElement('h1', content) ?? firstElement('h1', document);
  const time = firstElement('time', content) ?? firstElement('time', document);
  const articleAuthor = meta.get('article:author');
  return {
    title: first('title', [
      meta.get('og:title'),
      meta.get('twitter:title'),
      titleElement && htmlText(titleElement.children),
      heading && htmlText(heading.children),
    ]),
    outlet: first('outlet', [meta.get('og:site_name'), meta.get('application-name')]),
    url: first('url', [canonicalLink(document), meta.get('og:url')]),
    date: first('date', [
      meta.get('article:published_time'),
      meta.get('datepublished'),
      meta.get('date'),
      meta.get('pubdate'),
      meta.get('dc.date'),
      time?.attribs.datetime,
    ]),
    // article:author is usually a profile URL, which is not a name.
    author: first('author', [meta.get('author'), articleAuthor && !/^https?:/i.test(articleAuthor) ? articleAuthor : undefined]),
  };
}
