/**
 * One article of a JSON or NDJSON feed: `{ title, url, outlet, date, author, text | html }`.
 */
import type { SourceDocument } from '../extraction.js';
import { FIELD_NAMES, checkField, type DocumentFields, type FieldName } from './document-fields.js';
import { parseHtml } from './parse-html.js';
import { HtmlNestingError } from './parse-html-tree.js';
import { ReadError } from './read-error.js';

/** `where` says which item it is in the words a person would look for it with ("item 3", "line 7"). */
export function parseFeedItem(item: unknown, source: string, where: string, line?: number): SourceDocument {
  const fail = (problem: string) =>
    new ReadError('bad_feed_item', source, `${where}: ${problem}`, line === undefined ? {} : { line });
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    throw fail('expected an object with "text" or "html"');
  const record = item as Record<string, unknown>;
  for (const name of [...FIELD_NAMES, 'text', 'html'] as const) {
    const problem = halfCharacter(name, record[name]);
    if (problem) throw fail(problem);
  }
  const given: Record<FieldName, string | null> = { title: null, outlet: null, url: null, date: null, author: null };
  for (const name of FIELD_NAMES) {
    const check = checkField(name, record[name]);
    if (!check.ok) throw fail(check.problem);
    given[name] = check.value;
  }
  const { text, html } = record;
  if (text !== undefined && text !== null) {
    if (typeof text !== 'string') throw fail('"text" must be a string');
    const body = text.replace(/\r\n?/g, '\n');
    if (body.trim() === '') throw fail('"text" is empty');
    return { source, text: body, ...given };
  }
  if (html !== undefined && html !== null) {
    if (typeof html !== 'string') throw fail('"html" must be a string');
    let page: ReturnType<typeof parseHtml>;
    try {
      page = parseHtml(html);
    } catch (error) {
      if (error instanceof HtmlNestingError) throw fail(`"html": ${error.message}`);
      throw error;
    }
    if (page.text === '') throw fail('"html" holds no article text');
    return { source, text: page.text, ...preferGiven(given, page.fields) };
  }
  throw fail('has neither "text" nor "html"');
}

/** The feed's own fields beat what the page says about itself. */
function preferGiven(given: DocumentFields, page: DocumentFields): DocumentFields {
  return {
    title: given.title ?? page.title,
    outlet: given.outlet ?? page.outlet,
    url: given.url ?? page.url,
    date: given.date ?? page.date,
    author: given.author ?? page.author,
  };
}

/**
 * JSON can spell half of a UTF-16 surrogate pair (`"\ud800"`), which is no character: stored, it would
 * come back as U+FFFD, so the text would not be the text given. The reader refuses it as it refuses bytes
 * that are not UTF-8, saying where it is.
 */
function halfCharacter(name: string, value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // With the u flag a paired surrogate is one code point; only an unpaired half is of category Cs.
  const lone = /\p{Cs}/u.exec(value);
  if (!lone) return null;
  const code = value.charCodeAt(lone.index).toString(16);
  return `"${name}" holds half of a UTF-16 surrogate pair (\\u${code}) at character ${lone.index + 1}, which encodes no character`;
}
