/**
 * An HTML page to a document: the article body as plain text plus the page's own metadata.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { DocumentFields } from './document-fields.js';
import type { HtmlDocument, HtmlElement, HtmlParent } from './html-dom.js';
import { htmlMetadata } from './html-metadata.js';
import { htmlText } from './html-text.js';

export interface HtmlContent {
  readonly text: string;
  readonly fields: DocumentFields;
}

/**
 * The article body: the largest <article> (pages also use it for teasers and comments), else <main>,
 * else <body>, else the whole document for a bare fragment.
 */
function contentRoot(document: HtmlDocument): { root: HtmlParent; text: string } {
  let best: { root: HtmlParent; text: string } | undefined;
  for (const article of DomUtils.getElementsByTagName('article', document.children, true)) {
    // An <article> inside another (a comment, a quoted post) is never the larger one; skipping it keeps
    // the work linear.
    if (insideArticle(article)) continue;
    const text = htmlText(article.children);
    if (text.length > (best?.text.length ?? 0)) best = { root: article, text };
  }
  if (best) return best;
  for (const tag of ['main', 'body']) {
    const element = DomUtils.getElementsByTagName(tag, document.children, true, 1)[0];
    if (element) {
      const text = htmlText(element.children);
      if (text !== '') return { root: element, text };
    }
  }
  return { root: document, text: htmlText(document.children) };
}

function insideArticle(element: HtmlElement): boolean {
  for (let parent = element.parent; parent !== null; parent = parent.parent) {
    if ('name' in parent && parent.name === 'article') return true;
  }
  return false;
}

// The parser already kept markup out of the text; what still looks like a tag was written as an
// entity (`&lt;script&gt;`). It is removed too, so no consumer that forgets to escape can run it.
const TAG_LIKE = /([ \t]?)(?:<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?\/?>)([ \t]?)/g;

export function parseHtml(html: string): HtmlContent {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const { root, text } = contentRoot(document);
  // One space survives where the tag stood between two words.
  const cleaned = text.replace(TAG_LIKE, (_match, before: string, after: string) => (before && after ? before : before + after)).trim();
  return { text: cleaned, fields: htmlMetadata(document, root) };
}
