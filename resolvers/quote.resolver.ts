import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { countQuotes, listQuotes } from '../db/statements/quotes.js';
import type { CitationRow, EvidenceRow } from '../db/statements/facts.js';
import { Evidence } from '../schema/evidence.type.js';
import { Quote, QuoteConnection } from '../schema/quote.type.js';
import { QuotesArgs } from '../schema/quotes.args.js';
import { Speaker } from '../schema/speaker.union.js';
import type { Context } from './context/context.js';
import type { EvidenceSource } from './evidence.resolver.js';
import { DEFAULT_EVIDENCE, MAX_EVIDENCE, type QuoteSource } from './paging/evidence-fields.js';
import { intInRange } from './arguments/int-range.js';
import { graphIdFilter, linked, listConnection } from './paging/lists.js';
import { countOf } from './nodes/counts.js';
import { nodeOfType } from './nodes/lookup.js';
import { SPOKEN } from './paging/nested-quotes.js';
import type { GraphObject } from './ids/to-object.js';

/** A fact's evidence in one article, with the article's short fields when the row has them. */
export function toEvidence(row: EvidenceRow | CitationRow): EvidenceSource {
  return { ...row.evidence, articleId: row.articleId, article: 'article' in row ? row.article : undefined };
}

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: 'One quote or claim by its global id; null when there is none.' })
  async quote(
    @Arg('id', () => ID, { description: "The quote's global id." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<GraphObject<'Quote'> | null> {
    return nodeOfType(ctx, id, 'Quote');
  }

  @Query(() => QuoteConnection, {
    description:
      'Quotes (words in quotation marks) or, with `kinds: [INDIRECT]`, claims, filtered by speaker, words, subject, article and date.',
  })
  quotes(@Args(() => QuotesArgs) args: QuotesArgs, @Ctx() ctx: Context) {
    const filters = {
      speaker: graphIdFilter(args.speaker, 'speaker'),
      speakerScope: args.speakerScope,
      textContains: args.textContains ?? null,
      subject: args.subject ?? null,
      article: graphIdFilter(args.article, 'article'),
      kinds: args.kinds ?? SPOKEN,
      publishedFrom: args.publishedFrom ?? null,
      publishedTo: args.publishedTo ?? null,
    };
    return listConnection(ctx, { list: listQuotes, count: countQuotes }, filters, args, 'Quote');
  }

  @FieldResolver(() => Int)
  articleCount(@Root() quote: GraphObject<'Quote'>, @Ctx() ctx: Context): Promise<number> {
    return countOf(ctx, quote, 'articleCount');
  }

  @FieldResolver(() => Speaker, { nullable: true, description: 'Who said it; null when the article does not say.' })
  async speaker(@Root() quote: GraphObject<'Quote'>, @Ctx() ctx: Context): Promise<GraphObject | null> {
    return (await linked(ctx, 'speaker', quote))[0] ?? null;
  }

  @FieldResolver(() => [Evidence], {
    description:
      'The articles that carry the quote, oldest first (the first to report it leads), with the exact words and sentence; at most `first`: wire copy can repeat the same words in hundreds of articles. With `article`, only the words in that article.',
  })
  async evidence(
    @Root() quote: QuoteSource,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_EVIDENCE,
      description: `At most this many articles (1 to ${MAX_EVIDENCE}).`,
    })
    first: number | null,
    @Arg('article', () => ID, {
      nullable: true,
      description: "Only this article's words (its global id): one item, or none when it does not carry the quote.",
    })
    article: string | null,
    @Ctx() { loaders }: Context,
  ): Promise<readonly EvidenceSource[]> {
    const size = intInRange(first ?? DEFAULT_EVIDENCE, 1, MAX_EVIDENCE, 'first');
    const articleId = graphIdFilter(article, 'article');
    if (articleId !== null) {
      const row = await loaders.citation.load(`${quote.graphId}|${articleId}`);
      return row ? [toEvidence(row)] : [];
    }
    // A page of quotes read the longest list its selections ask; each takes its own first part.
    return quote.evidence?.slice(0, size) ?? (await loaders.evidence(size).load(quote.graphId)).map(toEvidence);
  }
}
