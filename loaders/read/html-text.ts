/**
 * The readable text of an HTML subtree, as a reader would see it: page furniture and anything
 * executable dropped, entities decoded (by the parser), block elements as paragraph breaks.
 */
import { isElement, isTextNode, type HtmlNode } from './html-dom.js';

/** Never text: code, navigation and chrome, embedded objects, form controls. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'map',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
  'head',
  'title',
  'meta',
  'link',
  'base',
]);

/** Elements that stand on their own lines: each becomes a paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Cells of a row stay on one line, so a table row reads as one paragraph. */
const CELLS = new Set(['td', 'th']);

class TextBuilder {
  private readonly parts: string[] = [];
  private pendingBreak: '' | '\n' | '\n\n' = '';
  private pendingSpace = false;
  private empty = true;

  text(value: string, preformatted: boolean): void {
    const chunk = preformatted ? value : value.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
    if (chunk === '') return;
    let rest = chunk;
    if (!preformatted) {
      if (rest.startsWith(' ')) {
        this.pendingSpace = true;
        rest = rest.slice(1);
      }
      if (rest === '') return;
    }
    if (!this.empty) {
      if (this.pendingBreak !== '') this.parts.push(this.pendingBreak);
      else if (this.pendingSpace) this.parts.push(' ');
    }
    this.pendingBreak = '';
    this.pendingSpace = false;
    if (!preformatted && rest.endsWith(' ')) {
      rest = rest.slice(0, -1);
      this.pendingSpace = true;
    }
    this.parts.push(rest);
    this.empty = false;
  }

  lineBreak(): void {
    if (this.pendingBreak === '') this.pendingBreak = '\n';
  }

  paragraphBreak(): void {
    this.pendingBreak = '\n\n';
  }

  space(): void {
    this.pendingSpace = true;
  }

  toString(): string {
    return this.parts
      .join('')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

function isHidden(attribs: Record<string, string>): boolean {
  return 'hidden' in attribs || attribs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(attribs.style ?? '');
}

type Step = { readonly node: HtmlNode; readonly preformatted: boolean } | { readonly close: 'block' | 'cell' };

// An explicit stack rather than recursion: a hostile page nested 100,000 deep must not overflow the
// call stack and take the whole run down with it.
function walk(nodes: readonly HtmlNode[], out: TextBuilder): void {
  const stack: Step[] = nodes.map((node) => ({ node, preformatted: false })).reverse();
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if ('close' in step) {
      if (step.close === 'block') out.paragraphBreak();
      else out.space();
      continue;
    }
    const { node, preformatted } = step;
    if (isTextNode(node)) {
      out.text(node.data, preformatted);
      continue;
    }
    // Comments, CDATA and processing instructions are never text.
    if (!isElement(node)) continue;
    const name = node.name.toLowerCase();
    if (DROPPED.has(name) || isHidden(node.attribs)) continue;
    if (name === 'br') {
      out.lineBreak();
      continue;
    }
    const cell = CELLS.has(name);
    const block = BLOCKS.has(name) && !cell;
    if (block) out.paragraphBreak();
    if (block || cell) stack.push({ close: block ? 'block' : 'cell' });
    const inner = preformatted || name === 'pre';
    for (let index = node.children.length - 1; index >= 0; index--)
      stack.push({ node: node.children[index]!, preformatted: inner });
  }
}

export function htmlText(nodes: readonly HtmlNode[]): string {
  const out = new TextBuilder();
  walk(nodes, out);
  return out.toString();
}
