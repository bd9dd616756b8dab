/**
 * Plain text and Markdown: the text is the document. The title is left null unless front matter gives
 * one; the extractor infers it from the first meaningful line.
 */
import type { SourceDocument } from '../extraction.js';
import { splitFrontMatter } from './front-matter.js';
import { ReadError } from './read-error.js';

export function parseText(text: string, source: string): SourceDocument {
  const { fields, body } = splitFrontMatter(text, source);
  if (body.trim() === '') throw new ReadError('empty', source, 'no article text after the front matter');
  return { source, text: body, ...fields };
}
