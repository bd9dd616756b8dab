import type { ArticleContext } from './article-context.js';
import type { EntityIndex } from './entity-index.js';
import type { Findings } from './findings.js';

/** Read-only view of what earlier extractors found, with offset lookups for speakers and sources. */
export interface FoundSoFar {
  readonly findings: Partial<Findings>;
  readonly entities: EntityIndex;
}

/**
 * One extractor: a pure function of the article and of what the extractors before it found. All share
 * this shape and run from one ordered list (`extractors.ts`).
 */
export interface Extractor {
  readonly name: string;
  extract(ctx: ArticleContext, found: FoundSoFar): Partial<Findings>;
}
