import { EXTRACTOR_VERSION, type Extraction, type SourceDocument } from '../extraction.js';
import { cleanArticle } from '../clean/clean-article.js';
import { buildArticleContext } from './article-context.js';
import { EntityIndex } from './entity-index.js';
import type { Extractor } from './extractor.js';
import type { Findings } from './findings.js';
import { EXTRACTORS } from './extractors.js';

/** Text in, extraction out: pure and deterministic (no clock, no randomness, no I/O). */
export function extractArticle(doc: SourceDocument, extractors: readonly Extractor[] = EXTRACTORS): Extraction {
  const cleaned = cleanArticle(doc);
  const ctx = buildArticleContext(doc, cleaned);
  let findings: Partial<Findings> = {};
  let entities = EntityIndex.from(findings);
  for (const x of extractors) {
    const out = x.extract(ctx, { findings, entities });
    findings = { ...findings, ...out };
    if (out.people || out.organizations || out.places) entities = EntityIndex.from(findings);
  }
  return {
    source: doc.source,
    extractorVersion: EXTRACTOR_VERSION,
    article: cleaned.info,
    people: findings.people ?? [],
    organizations: findings.organizations ?? [],
    places: findings.places ?? [],
    policies: findings.policies ?? [],
    statistics: findings.statistics ?? [],
    quotes: findings.quotes ?? [],
    claims: findings.claims ?? [],
  };
}
