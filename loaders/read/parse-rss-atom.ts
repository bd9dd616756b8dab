/**
 * RSS 2.0 (and 1.0) and Atom feeds: every item is an article with its own title, link, date and author,
 * the feed's title as its outlet, and its full content (`content:encoded`, Atom `content`) or else its
 * summary as the text. Items are named `feed.rss#3`, and one bad item fails alone, as in JSON feeds.
 * htmlparser2's own `parseFeed` keeps neither an item's author nor its full content, so the elements
 * are read here from the XML tree (parsed with the same depth bound as HTML).
 */
import { DomUtils } from 'htmlparser2';
import { isElement, type HtmlElement, type HtmlParent } from './html-dom.js';
import { parseFeedItem } from './parse-feed-item.js';
import { HtmlNestingError, parseHtmlTree } from './parse-html-tree.js';
import { ReadError } from './read-error.js';
import { readFailed, readOk, type ReadResult } from './read-result.js';

function children(parent: HtmlParent, ...names: string[]): HtmlElement[] {
  return parent.children.filter((node): node is HtmlElement => isElement(node) && names.includes(node.name));
}

function child(parent: HtmlParent, ...names: string[]): HtmlElement | undefined {
  // In the order asked: `content:encoded` before `description`.
  for (const name of names) {
    const found = children(parent, name)[0];
    if (found) return found;
  }
  return undefined;
}

function text(element: HtmlElement | undefined): string | null {
  if (!element) return null;
  const value = DomUtils.textContent(element).trim();
  return value === '' ? null : value;
}

/** RSS's `<author>` is an e-mail address, often with the name in brackets: "desk@example.org (Ana Ruiz)". */
function rssAuthor(value: string | null): string | null {
  if (value === null) return null;
  const named = /\(([^)]+)\)\s*$/.exec(value);
  return named ? named[1]!.trim() : value;
}

interface RawItem {
  readonly title: string | null;
  readonly url: string | null;
  readonly date: string | null;
  readonly author: string | null;
  readonly body: { readonly html: string } | { readonly text: string } | null;
}

function rssItem(item: HtmlElement): RawItem {
  const guid = child(item, 'guid');
  const permalink = guid && guid.attribs.isPermaLink !== 'false' ? text(guid) : null;
  const body = text(child(item, 'content:encoded', 'description'));
  return {
    title: text(child(item, 'title')),
    url: text(child(item, 'link')) ?? permalink,
    date: text(child(item, 'pubDate', 'dc:date')),
    author: text(child(item, 'dc:creator')) ?? rssAuthor(text(child(item, 'author'))),
    body: body === null ? null : { html: body },
  };
}

function atomBody(element: HtmlElement | undefined): RawItem['body'] {
  if (!element) return null;
  const type = element.attribs.type ?? 'text';
  if (type === 'xhtml') {
    const html = DomUtils.getInnerHTML(element, { xmlMode: false }).trim();
    return html === '' ? null : { html };
  }
  const value = text(element);
  if (value === null) return null;
  return type === 'html' || type === 'text/html' ? { html: value } : { text: value };
}

function atomEntry(entry: HtmlElement): RawItem {
  const links = children(entry, 'link');
  const link = links.find((l) => (l.attribs.rel ?? 'alternate') === 'alternate') ?? links[0];
  const authors = children(entry, 'author')
    .map((author) => text(child(author, 'name')))
    .filter((name): name is string => name !== null);
  return {
    title: text(child(entry, 'title')),
    url: link?.attribs.href?.trim() || null,
    date: text(child(entry, 'published', 'updated')),
    author: authors.length > 0 ? authors.join(', ') : null,
    body: atomBody(child(entry, 'content')) ?? atomBody(child(entry, 'summary')),
  };
}

function feedItems(root: HtmlElement): { outlet: string | null; items: RawItem[]; word: string } | null {
  if (root.name === 'rss') {
    const channel = child(root, 'channel');
    return {
      outlet: text(channel && child(channel, 'title')),
      items: channel ? children(channel, 'item').map(rssItem) : [],
      word: 'item',
    };
  }
  if (root.name === 'rdf:RDF') {
    const channel = child(root, 'channel');
    return {
      outlet: text(channel && child(channel, 'title')),
      items: children(root, 'item').map(rssItem),
      word: 'item',
    };
  }
  if (root.name === 'feed') {
    return { outlet: text(child(root, 'title')), items: children(root, 'entry').map(atomEntry), word: 'entry' };
  }
  return null;
}

export function* parseRssAtom(xml: string, source: string): Generator<ReadResult> {
  let root: HtmlElement | undefined;
  try {
    root = parseHtmlTree(xml, { xml: true }).children.find(isElement);
  } catch (error) {
    if (!(error instanceof HtmlNestingError)) throw error;
    yield readFailed(new ReadError('bad_feed', source, error.message, { cause: error }));
    return;
  }
  const feed = root && feedItems(root);
  if (!feed) {
    yield readFailed(
      new ReadError(
        'unsupported',
        source,
        `not an RSS or Atom feed: the first element is ${root ? `<${root.name}>` : 'missing'}, not <rss> or <feed>`,
      ),
    );
    return;
  }
  if (feed.items.length === 0) {
    yield readFailed(new ReadError('empty', source, `the feed has no ${feed.word === 'item' ? 'items' : 'entries'}`));
    return;
  }
  for (const [index, item] of feed.items.entries()) {
    const where = `${feed.word} ${index + 1}`;
    const itemSource = `${source}#${index + 1}`;
    if (item.body === null) {
      const what = feed.word === 'item' ? 'no <description> or <content:encoded>' : 'no <content> or <summary>';
      yield readFailed(
        new ReadError(
          'bad_feed_item',
          itemSource,
          `${where}${item.title ? ` ("${item.title}")` : ''}: has ${what} to read`,
        ),
      );
      continue;
    }
    try {
      yield readOk(
        parseFeedItem(
          { title: item.title, url: item.url, outlet: feed.outlet, date: item.date, author: item.author, ...item.body },
          itemSource,
          where,
        ),
      );
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      yield readFailed(error);
    }
  }
}
