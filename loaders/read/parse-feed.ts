/**
 * JSON feeds (an array of articles, or `{ "articles": [...] }`) and NDJSON feeds (one article a line).
 * Every item is its own result, named `feed.json#3`, so one bad item fails alone.
 */
import { parseFeedItem } from './parse-feed-item.js';
import { ReadError } from './read-error.js';
import { readFailed, readOk, type ReadResult } from './read-result.js';

function tryItem(item: unknown, source: string, where: string, line?: number): ReadResult {
  try {
    return readOk(parseFeedItem(item, source, where, line));
  } catch (error) {
    if (error instanceof ReadError) return readFailed(error);
    throw error;
  }
}

/** Engines word JSON errors differently; the character position is common to all of them. */
function jsonErrorPlace(error: unknown, text: string): { line?: number; detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return { detail: message };
  const line = text.slice(0, Number(position[1])).split('\n').length;
  return { line, detail: message.replace(/\s*\(line \d+ column \d+\)/, '') };
}

export function* parseJsonFeed(text: string, source: string): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const { line, detail } = jsonErrorPlace(cause, text);
    const where = line === undefined ? '' : ` on line ${line}`;
    yield readFailed(
      new ReadError(
        'bad_feed',
        source,
        `not valid JSON${where}: ${detail}`,
        line === undefined ? { cause } : { cause, line },
      ),
    );
    return;
  }
  const items = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : undefined;
  if (items === undefined) {
    yield readFailed(
      new ReadError('unsupported', source, 'not a feed: expected an array of articles or { "articles": [...] }'),
    );
    return;
  }
  if (items.length === 0) {
    yield readFailed(new ReadError('empty', source, 'the feed has no articles'));
    return;
  }
  for (const [index, item] of items.entries()) yield tryItem(item, `${source}#${index + 1}`, `item ${index + 1}`);
}

/** Items are named by line number, which is how a person finds a line in an NDJSON file. */
export function* parseNdjsonFeed(text: string, source: string): Generator<ReadResult> {
  let seen = 0;
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    seen++;
    const line = index + 1;
    const itemSource = `${source}#${line}`;
    let item: unknown;
    try {
      item = JSON.parse(raw);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      yield readFailed(
        new ReadError('bad_feed_item', itemSource, `line ${line}: not valid JSON (${detail})`, { cause, line }),
      );
      continue;
    }
    yield tryItem(item, itemSource, `line ${line}`, line);
  }
  if (seen === 0) yield readFailed(new ReadError('empty', source, 'the feed has no articles'));
}
