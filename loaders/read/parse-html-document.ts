import type { SourceDocument } from '../extraction.js';
import { parseHtml } from './parse-html.js';
import { HtmlNestingError } from './parse-html-tree.js';
import { ReadError } from './read-error.js';

export function parseHtmlDocument(html: string, source: string): SourceDocument {
  let page: ReturnType<typeof parseHtml>;
  try {
    page = parseHtml(html);
  } catch (error) {
    if (error instanceof HtmlNestingError) throw new ReadError('unsupported', source, error.message, { cause: error });
    throw error;
  }
  const { text, fields } = page;
  if (text === '')
    throw new ReadError('empty', source, 'the page has no article text (only markup, scripts or navigation)');
  return { source, text, ...fields };
}
