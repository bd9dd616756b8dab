/**
 * A YAML front-matter block (`---` … `---`) at the top of a text or Markdown file: the article's
 * metadata, written by whoever prepared the file. Mistakes in it are errors (naming the line), because
 * the person who made them can fix them.
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { FIELD_NAMES, checkField, NO_FIELDS, type DocumentFields, type FieldName } from './document-fields.js';
import { ReadError } from './read-error.js';

export interface FrontMatterSplit {
  readonly fields: DocumentFields;
  /** The text after the block (the whole text when there is none). */
  readonly body: string;
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(text: string, source: string): FrontMatterSplit {
  const opening = OPENING.exec(text);
  if (!opening) return { fields: NO_FIELDS, body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    throw new ReadError(
      'bad_front_matter',
      source,
      'front matter opened on line 1 is never closed (expected a line with ---)',
      { line: 1 },
    );
  }
  const yaml = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\s*\n/, '');
  return { fields: parseFields(yaml, source), body };
}

function parseFields(yaml: string, source: string): DocumentFields {
  const lineCounter = new LineCounter();
  // The block starts on line 2 of the file, below the opening ---.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + 1;
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ReadError('bad_front_matter', source, `bad front matter on line ${line}: ${message}`, {
      line,
      cause: error,
    });
  }
  const contents = document.contents;
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return NO_FIELDS;
  if (!isMap(contents) || typeof data !== 'object' || Array.isArray(data)) {
    const line = contents ? fileLine(contents.range[0]) : 2;
    throw new ReadError('bad_front_matter', source, `bad front matter on line ${line}: expected "key: value" lines`, {
      line,
    });
  }
  const keyLines = new Map<string, number>();
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), fileLine(pair.key.range[0]));
  }
  const fields: Record<FieldName, string | null> = { ...NO_FIELDS };
  for (const [key, value] of Object.entries(data)) {
    const name = FIELD_NAMES.find((field) => field === key.toLowerCase());
    // Other keys (tags, slug, layout…) belong to other tools.
    if (name === undefined) continue;
    const check = checkField(name, value);
    if (!check.ok) {
      const line = keyLines.get(key) ?? 2;
      throw new ReadError('bad_front_matter', source, `bad front matter on line ${line}: ${check.problem}`, { line });
    }
    fields[name] = check.value;
  }
  return fields;
}
