/**
 * A speaker's page of quotes brings their evidence with it (quotes/list-quotes-of-speakers), reading only
 * the stored fields the query selects: a quote's words can be in hundreds of articles, and every
 * property read is a database hit for each of them.
 */
import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { CitedEvidence } from '../../db/statements/facts.js';
import type { ArticleNode } from '../../db/statements/nodes.js';
import type { EvidenceFields, PrefetchedEvidenceRow } from '../../db/statements/quotes.js';
import type { GraphObject } from '../ids/to-object.js';
import type { EvidenceSource } from '../evidence.resolver.js';
import { selectedUnder, selectionsAt } from './selection.js';

/**
 * A quote's evidence is a bounded list: words repeated by wire copy can be in hundreds of articles, and
 * every one read costs the request.
 */
export const DEFAULT_EVIDENCE = 10;
export const MAX_EVIDENCE = 100;

/** A quote, with its evidence when the page it came in read it (as many articles as its selections ask at most). */
export type QuoteSource = GraphObject<'Quote'> & { readonly evidence?: readonly EvidenceSource[] };

/** Where a connection's nodes' evidence is selected. */
const EVIDENCE = ['edges', 'node', 'evidence'];
const WORDS = ['start', 'end', 'sentence', 'context', 'confidence', 'extractorVersion'] as const;
// An article's short fields (never its text): the ones the Article type serves straight from its row.
const ARTICLE = ['title', 'outlet', 'url', 'source', 'author', 'inferred', 'publishedAt', 'ingestedAt'] as const;

// A stored field missing from these lists would be absent from evidence read with a page, even when
// selected: a field added to either row and not here fails to compile.
type Lists<Listed, All> = [Exclude<All, Listed>] extends [never] ? true : false;
type Check<T extends true> = T;
export type EvidenceListsAreComplete = [
  Check<Lists<(typeof WORDS)[number], keyof CitedEvidence>>,
  Check<Lists<(typeof ARTICLE)[number], Exclude<keyof ArticleNode, 'id' | 'text' | 'boilerplate'>>>,
];

/**
 * What the connection being resolved selects of its nodes' evidence, or null when it selects none. Of
 * several selections (aliases), the longest list asked is read, and each takes its own first part.
 */
export function evidenceFieldsOf(info: GraphQLResolveInfo): EvidenceFields | null {
  const evidence = selectedUnder(info, EVIDENCE);
  if (!evidence) return null;
  const field = (info.schema.getType('Quote') as GraphQLObjectType).getFields()['evidence']!;
  const asked = selectionsAt(info, EVIDENCE).map((node) =>
    Number(getArgumentValues(field, node, info.variableValues)['first'] ?? DEFAULT_EVIDENCE),
  );
  // Out of range, the field's resolver refuses it; the page reads what it may.
  const first = Math.min(Math.max(1, ...asked.filter(Number.isInteger)), MAX_EVIDENCE);
  // `text` is sliced from the article's text by the offsets.
  const words = WORDS.filter(
    (field) => evidence.has(field) || (evidence.has('text') && (field === 'start' || field === 'end')),
  );
  const article = selectedUnder(info, [...EVIDENCE, 'article']);
  return { words, article: article && ARTICLE.filter((field) => article.has(field)), first };
}

/**
 * The evidence a statement read with `fields`. It has only those fields, which are all the query reads of
 * it: the fields resolved on it are the ones `evidenceFieldsOf` found selected.
 */
export function toPrefetchedEvidence(fields: EvidenceFields, row: PrefetchedEvidenceRow): EvidenceSource {
  const article = fields.article && row.article && { ...zip(fields.article, row.article), id: row.articleId };
  return { ...zip(fields.words, row.words), articleId: row.articleId, article } as unknown as EvidenceSource;
}

function zip(keys: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key, i) => [key, values[i]]));
}
