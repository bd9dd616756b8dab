/**
 * HTML to a DOM tree, with a bound on nesting depth. htmlparser2 keeps its open-element stack with
 * `unshift`, so each level costs time proportional to the depth: 10 MB of `<div>`s would take hours.
 * Real pages nest a few dozen levels; a page past the bound is refused rather than parsed.
 */
import { DomHandler, Parser } from 'htmlparser2';
import type { HtmlDocument } from './html-dom.js';

export const MAX_HTML_DEPTH = 1_000;

export class HtmlNestingError extends Error {
  constructor() {
    super(`HTML nested deeper than ${MAX_HTML_DEPTH} elements`);
    this.name = 'HtmlNestingError';
  }
}

class DepthLimitedHandler extends DomHandler {
  private depth = 0;

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    // Thrown inside the parser's callback: it unwinds parsing at once.
    if (++this.depth > MAX_HTML_DEPTH) throw new HtmlNestingError();
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/** `xml`: RSS and Atom, whose names keep their case and whose CDATA sections hold text. */
export function parseHtmlTree(html: string, options: { readonly xml?: boolean } = {}): HtmlDocument {
  const handler = new DepthLimitedHandler();
  const parser = options.xml
    ? new Parser(handler, { xmlMode: true, decodeEntities: true, recognizeCDATA: true })
    : new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return handler.root;
}
