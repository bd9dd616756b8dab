/**
 * Decoded text to documents, by format. A single-article format yields one result; a feed one per item.
 */
import type { InputFormat } from './detect-format.js';
import { parseJsonFeed, parseNdjsonFeed } from './parse-feed.js';
import { parseHtmlDocument } from './parse-html-document.js';
import { parseRssAtom } from './parse-rss-atom.js';
import { parseText } from './parse-text.js';
import { ReadError } from './read-error.js';
import { readFailed, readOk, type ReadResult } from './read-result.js';

// Formats that hold many articles, each parsed by its own reader.
const FEED_PARSERS: Partial<Record<InputFormat, (text: string, source: string) => Iterable<ReadResult>>> = {
  json: parseJsonFeed,
  ndjson: parseNdjsonFeed,
  feed: parseRssAtom,
};

export function* parseDocuments(text: string, format: InputFormat, source: string): Generator<ReadResult> {
  const feed = FEED_PARSERS[format];
  if (feed) {
    yield* feed(text, source);
    return;
  }
  try {
    yield readOk(format === 'html' ? parseHtmlDocument(text, source) : parseText(text, source));
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    yield readFailed(error);
  }
}
