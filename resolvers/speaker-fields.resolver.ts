import { Args, Ctx, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import { ArticleConnection } from '../schema/article.type.js';
import { NestedArticlesArgs, NestedPoliciesArgs, NestedStatisticsArgs } from '../schema/nested-page.args.js';
import { PolicyConnection } from '../schema/policy.type.js';
import { StatisticConnection } from '../schema/statistic.type.js';
import type { Context } from './context/context.js';
import type { GraphObject } from './ids/to-object.js';
import { countOf } from './nodes/counts.js';
import { relationConnection } from './paging/lists.js';

/**
 * The fields people and organizations share as named speakers: the figures they reported, the policies
 * they issued, the articles mentioning them, and the counts. Each one's resolver extends this (only the
 * subclass is given to the schema); `noun` names the kind in the field descriptions.
 */
export function speakerFieldsOf<T extends 'Person' | 'Organization'>(objectType: ClassType, noun: string) {
  @Resolver(() => objectType)
  abstract class SpeakerFields {
    @FieldResolver(() => StatisticConnection, { description: `Figures this ${noun} reported.` })
    statistics(
      @Root() speaker: GraphObject<T>,
      @Args(() => NestedStatisticsArgs) args: NestedStatisticsArgs,
      @Ctx() ctx: Context,
    ) {
      return relationConnection(ctx, 'statisticsReportedBy', speaker, args);
    }

    @FieldResolver(() => PolicyConnection, { description: `Policies this ${noun} issued.` })
    policies(
      @Root() speaker: GraphObject<T>,
      @Args(() => NestedPoliciesArgs) args: NestedPoliciesArgs,
      @Ctx() ctx: Context,
    ) {
      return relationConnection(ctx, 'policiesIssuedBy', speaker, args);
    }

    @FieldResolver(() => ArticleConnection, { description: `Articles that mention this ${noun}.` })
    articles(
      @Root() speaker: GraphObject<T>,
      @Args(() => NestedArticlesArgs) args: NestedArticlesArgs,
      @Ctx() ctx: Context,
    ) {
      return relationConnection(ctx, 'articlesMentioning', speaker, args);
    }

    @FieldResolver(() => Int, { description: `Number of articles that mention this ${noun}.` })
    articleCount(@Root() speaker: GraphObject<T>, @Ctx() ctx: Context): Promise<number> {
      return countOf(ctx, speaker, 'articleCount');
    }

    @FieldResolver(() => Int)
    quoteCount(@Root() speaker: GraphObject<T>, @Ctx() ctx: Context): Promise<number> {
      return countOf(ctx, speaker, 'quoteCount');
    }
  }
  return SpeakerFields;
}
