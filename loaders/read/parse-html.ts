/**
 * An HTML page to a document: the article body as plain text plus the page's own metadata.
 */
import type { DocumentFields } from './document-fields.js';
import { descendants, firstElement, type HtmlDocument, type HtmlElement, type HtmlParent } from './html-dom.js';
import { htmlMetadata } from './html-metadata.js';
import { htmlText } from './html-text.js';
import { parseHtmlTree } from './parse-html-tree.js';

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
  for (const article of descendants(document)) {
    if (article.name !== 'article') continue;
    // An <article> inside another (a comment, a quoted post) is never the larger one; skipping it keeps
    // the work linear.
    if (insideArticle(article)) continue;
    const text = htmlText(article.children);
    if (text.length > (best?.text.length ?? 0)) best = { root: article, text };
  }
  if (best) return best;
  for (const tag of ['main', 'body']) {
    const element = firstElement(tag, document);
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

/** Throws HtmlNestingError for pathologically deep markup. */
export function parseHtml(html: string): HtmlContent {
  const document = parseHtmlTree(html);
  const { root, text } = contentRoot(document);
  // One space survives where the tag stood between two words.
  const cleaned = text
    .replace(TAG_LIKE, (_match, before: string, after: string) => (before && after ? before : before + after))
    .trim();
  return { text: cleaned, fields: htmlMetadata(document, root) };
}
