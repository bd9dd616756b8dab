import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Article } from '../schema/article.type.js';
import { Evidence } from '../schema/evidence.type.js';
import type { Context } from './context/context.js';
import type { Row } from '../db/executor.js';
import { toObject, type GraphObject } from './ids/to-object.js';

/**
 * Evidence rows carry the article's graph id, and its short fields when their statement fetched them;
 * otherwise the article is loaded (batched) only when asked.
 */
export interface EvidenceSource {
  readonly articleId: string;
  readonly article?: Row | undefined;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  /** Quotes only, and not in every statement's rows. */
  readonly context?: string | null;
  readonly confidence: number;
  readonly extractorVersion: string;
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { description: 'The article the words are in.' })
  async article(@Root() evidence: EvidenceSource, @Ctx() { loaders }: Context): Promise<GraphObject | null> {
    return evidence.article ? toObject('Article', evidence.article) : loaders.node.load(evidence.articleId);
  }

  @FieldResolver(() => String)
  async text(@Root() evidence: EvidenceSource, @Ctx() { loaders }: Context): Promise<string> {
    // Sliced here, not in Cypher: offsets count UTF-16 units as JavaScript does, and Cypher's substring
    // counts code points. The article's text is read only for the evidence whose words are asked for.
    const article = await loaders.node.load(evidence.articleId);
    return String(article?.text ?? '').slice(evidence.start, evidence.end);
  }
}
