import type { ArticleInfo, BoilerplateKind, SourceDocument, Span } from '../extraction.js';
import type { CleanedArticle } from '../clean/clean-article.js';
import type { Paragraph } from '../text/paragraphs.js';
import { sentenceAt, type Sentence } from '../text/sentences.js';
import { SortedSpans } from '../text/sorted-spans.js';
import { tokenize, type Token } from '../text/tokens.js';

/** Everything the extractors share about one article, computed once. */
export interface ArticleContext {
  readonly doc: SourceDocument;
  readonly text: string;
  readonly info: ArticleInfo;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly titleSpan: Span | null;
  /** Furniture kind covering an offset, or null for article prose. */
  furnitureAt(offset: number): BoilerplateKind | null;
  /** True when a sentence lies wholly in furniture (a dateline opening a sentence does not count). */
  isFurnitureSentence(s: Span): boolean;
  /** True inside the headline. */
  inTitle(offset: number): boolean;
  sentenceAt(offset: number): Sentence | undefined;
  /** Index of the first token starting at or after an offset. */
  tokenIndexAt(offset: number): number;
}

export function buildArticleContext(doc: SourceDocument, cleaned: CleanedArticle): ArticleContext {
  const text = doc.text;
  const tokens = tokenize(text);
  const furniture = new SortedSpans(cleaned.boilerplate);
  const title = cleaned.titleSpan;
  return {
    doc,
    text,
    info: cleaned.info,
    paragraphs: cleaned.paragraphs,
    sentences: cleaned.sentences,
    tokens,
    titleSpan: title,
    furnitureAt(offset) {
      return furniture.covering(offset)?.kind ?? null;
    },
    isFurnitureSentence(s) {
      return this.furnitureAt(s.start) !== null && this.furnitureAt(Math.max(s.start, s.end - 1)) !== null;
    },
    inTitle(offset) {
      return !!title && offset >= title.start && offset < title.end;
    },
    sentenceAt(offset) {
      return sentenceAt(cleaned.sentences, offset);
    },
    tokenIndexAt(offset) {
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
