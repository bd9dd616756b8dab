import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { countQuotes, listQuotes } from '../db/statements/quotes.js';
import type { CitationRow, EvidenceRow } from '../db/statements/facts.js';
import { Evidence } from '../schema/evidence.type.js';
import { Quote, QuoteConnection } from '../schema/quote.type.js';
import { QuotesArgs } from '../schema/quotes.args.js';
import { Speaker } from '../schema/speaker.union.js';
import type { Context } from './context/context.js';
import type { EvidenceSource } from './evidence.resolver.js';
import type { QuoteSource } from './paging/evidence-fields.js';
import { graphIdFilter, linked, listConnection } from './paging/lists.js';
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

  @FieldResolver(() => Speaker, { nullable: true, description: 'Who said it; null when the article does not say.' })
  async speaker(@Root() quote: GraphObject<'Quote'>, @Ctx() ctx: Context): Promise<GraphObject | null> {
    return (await linked(ctx, 'speaker', quote))[0] ?? null;
  }

  @FieldResolver(() => [Evidence], {
    description: 'Every article that carries the quote, with the exact words and sentence.',
  })
  async evidence(@Root() quote: QuoteSource, @Ctx() { loaders }: Context): Promise<readonly EvidenceSource[]> {
    return quote.evidence ?? (await loaders.evidence.load(quote.graphId)).map(toEvidence);
  }
}
