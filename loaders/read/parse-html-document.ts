import type { SourceDocument } from '../extraction.js';
import { parseHtml } from './parse-html.js';
import { ReadError } from './read-error.js';

export function parseHtmlDocument(html: string, source: string): SourceDocument {
  const { text, fields } = parseHtml(html);
  if (text === '') throw new ReadError('empty', source, 'the page has no article text (only markup, scripts or navigation)');
  return { source, text, ...fields };
}
