/**
 * The words of a search box, turned into Lucene queries for the `search` full-text index and into a
 * matcher that finds the same words again in text (for snippets). User input never reaches Lucene's
 * parser unescaped: it is split into words, lower-cased (prefix and fuzzy queries bypass the analyzer, so
 * they must already be in the index's case) and every Lucene special character is escaped.
 */
import { BadUserInputError } from '../../runtime/errors.js';

/** More terms than this is a pasted paragraph, not a question; Lucene would also refuse too many clauses. */
export const MAX_TERMS = 10;

/** The properties the `search` index covers (migration 0003), weighted: a hit in a name beats one in body text. */
const FIELDS: readonly (readonly [field: string, boost: number])[] = [
  ['name', 4],
  ['aliasText', 3],
  ['title', 3],
  ['description', 2],
  ['measure', 2],
  ['text', 1],
];

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, '\\$&');
}

/**
 * Lower-cased words, split where the index's standard tokenizer splits (it keeps "6,200", "u.s" and
 * "o'neil" whole), without edge punctuation or a possessive "'s".
 */
export function searchTerms(query: string, argument = 'query'): string[] {
  const terms = query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}.,'’_]+/u)
    .map((word) => word.replace(/^[.,'’_]+|[.,'’_]+$/g, '').replace(/['’]s$/, ''))
    .filter((word) => word.length > 0);
  if (terms.length === 0) throw new BadUserInputError(`\`${argument}\` must contain at least one word.`, argument);
  if (terms.length > MAX_TERMS)
    throw new BadUserInputError(`\`${argument}\` may have at most ${MAX_TERMS} words, got ${terms.length}.`, argument);
  return terms;
}

/**
 * How many typos a word may carry: none for short words, where one edit already means another word, and
 * none for numbers, where one edit means another figure.
 */
export function allowedEdits(term: string): number {
  if (term.length < 5 || /\p{N}/u.test(term)) return 0;
  return term.length < 8 ? 1 : 2;
}

/**
 * Each alternative a term may match: the word itself (ranked by BM25), any word it starts, and with
 * `nearMisses` a word a typo away. Near misses are the dearest part of a query by far (a fuzzy term is
 * matched against the whole term dictionary of every field), so they are searched only when the words
 * as typed find nothing (search/search-nodes.cypher), as a search engine's "did you mean" does.
 */
function alternatives(term: string, nearMisses: boolean): string {
  const escaped = escapeLucene(term);
  const edits = nearMisses ? allowedEdits(term) : 0;
  return [`${escaped}^2`, `${escaped}*`, ...(edits > 0 ? [`${escaped}~${edits}`] : [])].join(' ');
}

/** Every term must match somewhere (AND across terms), in any field (OR across weighted fields). */
export function searchLucene(terms: readonly string[], nearMisses: boolean): string {
  return terms
    .map(
      (term) =>
        `+(${FIELDS.map(([field, boost]) => `${field}:(${alternatives(term, nearMisses)})^${boost}`).join(' ')})`,
    )
    .join(' ');
}

const SUFFIXES = [
  'izations',
  'ization',
  'ations',
  'ation',
  'itions',
  'ition',
  'ions',
  'ion',
  'ings',
  'ing',
  'ments',
  'ment',
  'ors',
  'ers',
  'or',
  'er',
  'ies',
  'es',
  'ed',
  's',
];

/**
 * A crude stem, so a subject matches its family of words: "prosecutions", "prosecutors" and
 * "prosecuting" all become "prosecut", which then matches "prosecutorial" as a prefix.
 */
export function stem(term: string): string {
  for (const suffix of SUFFIXES) {
    if (term.endsWith(suffix) && term.length - suffix.length >= 4) return term.slice(0, -suffix.length);
  }
  return term;
}

/**
 * A subject: every stem must start a word of one of `fields`: the quoted text (`quote_search` index), or
 * the sentence around it or the sentence that introduced it (`quote_context_search` index, on CONTAINS).
 */
export function subjectLucene(
  stems: readonly string[],
  ...fields: readonly ('text' | 'sentence' | 'context')[]
): string {
  return stems.map((s) => `+(${fields.map((field) => `${field}:${escapeLucene(s)}*`).join(' ')})`).join(' ');
}

/** Optimal string alignment distance (Levenshtein plus transpositions), as Lucene's fuzzy queries count. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Whether a word of some text is one the Lucene query matched: a prefix, or (with `nearMisses`) a near miss of a term. */
export function wordMatcher(terms: readonly string[], nearMisses: boolean): (word: string) => boolean {
  return (word) => {
    const lower = word.normalize('NFKC').toLowerCase().replace(/’/g, "'");
    return terms.some((raw) => {
      const term = raw.replace(/’/g, "'");
      const edits = nearMisses ? allowedEdits(term) : 0;
      return lower.startsWith(term) || (edits > 0 && editDistance(lower, term, edits) <= edits);
    });
  };
}
