import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Article } from '../schema/article.type.js';
import { Evidence } from '../schema/evidence.type.js';
import type { Context } from './context/context.js';
import type { CitedEvidence } from '../db/statements/facts.js';
import type { ArticleNode } from '../db/statements/nodes.js';
import { toObject, type GraphObject } from './ids/to-object.js';
import { loadOfType } from './nodes/lookup.js';

/**
 * Evidence rows carry the article's graph id, and its short fields when their statement fetched them;
 * otherwise the article is loaded (batched) only when asked.
 */
export type EvidenceSource = CitedEvidence & {
  readonly articleId: string;
  readonly article?: ArticleNode | undefined;
};

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { description: 'The article the words are in.' })
  async article(@Root() evidence: EvidenceSource, @Ctx() { loaders }: Context): Promise<GraphObject<'Article'> | null> {
    return evidence.article
      ? toObject('Article', evidence.article)
      : loadOfType(loaders, evidence.articleId, 'Article');
  }

  @FieldResolver(() => String)
  async text(@Root() evidence: EvidenceSource, @Ctx() { loaders }: Context): Promise<string> {
    // Sliced here, not in Cypher: offsets count UTF-16 units as JavaScript does, and Cypher's substring
    // counts code points. The article's text is read only for the evidence whose words are asked for.
    const article = await loadOfType(loaders, evidence.articleId, 'Article');
    return String(article?.text ?? '').slice(evidence.start, evidence.end);
  }
}
