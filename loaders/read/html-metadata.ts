/**
 * What a web page says about itself: Open Graph and article meta tags first (publishers fill them for
 * link previews, so they are the cleanest), then the plainer HTML fallbacks.
 */
import { lenientField, type DocumentFields, type FieldName } from './document-fields.js';
import { descendants, type HtmlDocument, type HtmlElement, type HtmlParent } from './html-dom.js';
import { htmlText } from './html-text.js';
import { parseHtmlTree } from './parse-html-tree.js';

interface PageParts {
  readonly meta: Map<string, string>;
  canonical: string | undefined;
  title: HtmlElement | undefined;
  readonly headings: HtmlElement[];
  readonly times: HtmlElement[];
}

// One pass over the page: a large page is walked once, not once per field.
function pageParts(document: HtmlDocument): PageParts {
  const parts: PageParts = { meta: new Map(), canonical: undefined, title: undefined, headings: [], times: [] };
  for (const element of descendants(document)) {
    const { name, attribs } = element;
    if (name === 'meta') {
      const key = (attribs.property ?? attribs.name ?? attribs.itemprop)?.toLowerCase();
      // The first of a repeated tag wins, as with link-preview crawlers.
      if (key !== undefined && attribs.content !== undefined && !parts.meta.has(key))
        parts.meta.set(key, attribs.content);
    } else if (
      name === 'link' &&
      parts.canonical === undefined &&
      (attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical')
    ) {
      parts.canonical = attribs.href;
    } else if (name === 'title' && parts.title === undefined) {
      parts.title = element;
    } else if (name === 'h1') {
      parts.headings.push(element);
    } else if (name === 'time' && attribs.datetime !== undefined) {
      parts.times.push(element);
    }
  }
  return parts;
}

function isWithin(element: HtmlElement, ancestor: HtmlParent): boolean {
  for (let node: HtmlElement['parent'] = element; node !== null; node = node.parent) if (node === ancestor) return true;
  return false;
}

/** The first element inside the article body, else the first on the page. */
function preferWithin(elements: readonly HtmlElement[], content: HtmlParent): HtmlElement | undefined {
  return elements.find((element) => isWithin(element, content)) ?? elements[0];
}

/**
 * <title> content and attribute values are never parsed as markup, so a page can carry
 * `<script>…</script>` or `<img onerror=…>` in its title or author literally. Markup found there is read
 * as HTML and only its text kept (scripts and all else html-text drops go), so nothing that would run
 * if rendered is stored from what a page says about itself.
 */
function withoutMarkup(value: string | undefined): string | undefined {
  return value !== undefined && /<[a-z!/?]/i.test(value) ? htmlText(parseHtmlTree(value).children) : value;
}

function first(name: FieldName, candidates: readonly (string | undefined)[]): string | null {
  for (const candidate of candidates) {
    const value = lenientField(name, name === 'url' || name === 'date' ? candidate : withoutMarkup(candidate));
    if (value !== null) return value;
  }
  return null;
}

/** `content` is where the article text was taken from: its own <time> and <h1> beat the page's. */
export function htmlMetadata(document: HtmlDocument, content: HtmlParent): DocumentFields {
  const { meta, canonical, title, headings, times } = pageParts(document);
  const heading = preferWithin(headings, content);
  const articleAuthor = meta.get('article:author');
  return {
    title: first('title', [
      meta.get('og:title'),
      meta.get('twitter:title'),
      title && htmlText(title.children),
      heading && htmlText(heading.children),
    ]),
    outlet: first('outlet', [meta.get('og:site_name'), meta.get('application-name')]),
    url: first('url', [canonical, meta.get('og:url')]),
    date: first('date', [
      meta.get('article:published_time'),
      meta.get('datepublished'),
      meta.get('date'),
      meta.get('pubdate'),
      meta.get('dc.date'),
      preferWithin(times, content)?.attribs.datetime,
    ]),
    // article:author is usually a profile URL, which is not a name.
    author: first('author', [
      meta.get('author'),
      articleAuthor && !/^https?:/i.test(articleAuthor) ? articleAuthor : undefined,
    ]),
  };
}
