import type { ArticleInfo, MetadataField, SourceDocument, Span } from '../extraction.js';
import { splitParagraphs, type Paragraph } from '../text/paragraphs.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { SortedSpans } from '../text/sorted-spans.js';
import type { BoilerplateSpan } from './boilerplate-rule.js';
import { findBoilerplate } from './find-boilerplate.js';
import { findTitleParagraph } from './infer-title.js';
import { inferDate, normalizeGivenDate } from './infer-date.js';
import { inferOutlet } from './infer-outlet.js';

export interface CleanedArticle {
  readonly info: ArticleInfo;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** The headline's words in the text, when the text carries it. */
  readonly titleSpan: Span | null;
  readonly boilerplate: readonly BoilerplateSpan[];
}

/**
 * Recognises page furniture and fills in metadata the input lacks. The text is never changed: the
 * result lists spans for the extractors to skip.
 */
export function cleanArticle(doc: SourceDocument): CleanedArticle {
  const text = doc.text;
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const titleParagraph = findTitleParagraph(paragraphs, doc.title);
  const boilerplate = findBoilerplate({ doc, text, paragraphs, sentences, titleParagraph });
  const titleP = titleParagraph === null ? undefined : paragraphs[titleParagraph];

  const inferred: MetadataField[] = [];
  let title = doc.title?.trim() || '';
  if (!title && titleP) {
    title = titleP.text;
    inferred.push('title');
  }
  if (!title) {
    // No headline in the text (a story pasted without one): its lead sentence names it best; failing
    // that (the text is all furniture), its first sentence, so that no article goes without a title.
    const furniture = new SortedSpans(boilerplate);
    const lead = sentences.find((sentence) => !furniture.overlaps(sentence.start, sentence.end)) ?? sentences[0];
    if (lead) {
      title = headlineFrom(lead.text);
      inferred.push('title');
    }
  }
  let outlet = doc.outlet?.trim() || null;
  if (!outlet) {
    outlet = inferOutlet(text, boilerplate);
    if (outlet) inferred.push('outlet');
  }
  let date = normalizeGivenDate(doc.date);
  if (!date) {
    date = inferDate(text, boilerplate);
    if (date) inferred.push('date');
  }
  const info: ArticleInfo = {
    title,
    outlet,
    url: doc.url ?? null,
    date,
    author: doc.author ?? null,
    inferred,
    boilerplate,
  };
  return {
    info,
    paragraphs,
    sentences,
    titleSpan: titleP ? { start: titleP.start, end: titleP.end } : null,
    boilerplate,
  };
}

const HEADLINE_CHARS = 100;

/** The sentence itself when short, else its first words up to a word boundary, with an ellipsis. */
function headlineFrom(sentence: string): string {
  const text = sentence.trim().replace(/\s+/g, ' ');
  if (text.length <= HEADLINE_CHARS) return text;
  const cut = text.slice(0, HEADLINE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:\s—–-]+$/, '')}…`;
}
