/**
 * Search snippets: about 160 characters of the text a hit matched in, around its first matching word,
 * with the matching words in <mark>…</mark>. Everything else is HTML-escaped, since the snippet is
 * rendered as HTML in a browser and the text comes from scraped articles.
 */

const WORD = /[\p{L}\p{N}]+(?:['’.,_][\p{L}\p{N}]+)*/gu;
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const SNIPPET_WIDTH = 160;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

function firstMatch(text: string, matches: (word: string) => boolean): { start: number; end: number } | undefined {
  for (const found of text.matchAll(WORD)) {
    if (matches(found[0])) return { start: found.index, end: found.index + found[0].length };
  }
  return undefined;
}

/** The window of `text` to show: a third of it before the match, cut at spaces, never past either end. */
function window(
  text: string,
  match: { start: number; end: number } | undefined,
  width: number,
): { start: number; end: number } {
  if (text.length <= width) return { start: 0, end: text.length };
  let start = match ? Math.max(0, match.start - Math.floor((width - (match.end - match.start)) / 3)) : 0;
  let end = Math.min(text.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && (!match || space < match.start)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > (match?.end ?? start)) end = space;
  }
  return { start, end };
}

function highlight(text: string, matches: (word: string) => boolean): string {
  let out = '';
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    if (!matches(found[0])) continue;
    out += `${escapeHtml(text.slice(last, found.index))}<mark>${escapeHtml(found[0])}</mark>`;
    last = found.index + found[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * The snippet from the first of `sources` (in order of preference) that contains a matching word; when
 * none does (a hit through a field we do not show), the start of the first non-empty source.
 */
export function snippet(
  sources: readonly (string | null | undefined)[],
  matches: (word: string) => boolean,
  width = SNIPPET_WIDTH,
): string {
  const texts = sources
    .filter((source): source is string => typeof source === 'string' && source.trim() !== '')
    .map((source) => source.replace(/\s+/g, ' ').trim());
  const chosen = texts
    .map((text) => ({ text, match: firstMatch(text, matches) }))
    .find((candidate) => candidate.match) ?? { text: texts[0] ?? '', match: undefined };
  const { start, end } = window(chosen.text, chosen.match, width);
  return `${start > 0 ? '…' : ''}${highlight(chosen.text.slice(start, end), matches)}${end < chosen.text.length ? '…' : ''}`;
}
