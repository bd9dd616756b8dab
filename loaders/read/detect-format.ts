/**
 * Which reader an input goes to: by extension first, by a look at the text when the extension says
 * nothing (standard input, unknown extensions) or could hide a web page (`.txt`).
 */
import path from 'node:path';

export type InputFormat = 'text' | 'html' | 'json' | 'ndjson' | 'feed';

const BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.md', 'text'],
  ['.markdown', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.json', 'json'],
  ['.ndjson', 'ndjson'],
  ['.jsonl', 'ndjson'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.xml', 'feed'],
]);

/** Files a directory or glob expands to; anything else there (images, PDFs, notes) is skipped. */
export function hasSupportedExtension(file: string): boolean {
  return BY_EXTENSION.has(path.extname(file).toLowerCase());
}

// An XML declaration and comments may come first; an RSS 1.0 feed's root is <rdf:RDF>.
const FEED_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/;

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

function looksLikeJsonFeed(trimmed: string): InputFormat | null {
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return null;
  try {
    JSON.parse(trimmed);
    return 'json';
  } catch {
    // Several objects, one a line, do not parse as one JSON value.
  }
  const firstLine = trimmed.split('\n', 1)[0]!;
  try {
    const value: unknown = JSON.parse(firstLine);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? 'ndjson' : null;
  } catch {
    return null;
  }
}

/** `name` is null for standard input. */
export function detectFormat(name: string | null, text: string): InputFormat {
  const byExtension = name === null ? undefined : BY_EXTENSION.get(path.extname(name).toLowerCase());
  if (byExtension === 'html' || byExtension === 'json' || byExtension === 'ndjson' || byExtension === 'feed')
    return byExtension;
  if (FEED_START.test(text)) return 'feed';
  if (HTML_START.test(text)) return 'html';
  // A .txt that starts with "[" is a text beginning with a caption, not a feed.
  if (byExtension === 'text') return 'text';
  return looksLikeJsonFeed(text.trim()) ?? 'text';
}
