import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import {
  countAllArticles,
  countArticles,
  listArticlesByIngestedAt,
  listArticlesByPublishedAt,
  listArticlesByTitle,
} from '../db/statements/articles.js';
import { Article, ArticleConnection } from '../schema/article.type.js';
import { ArticleSort, ArticlesArgs } from '../schema/articles.args.js';
import { BoilerplateSpan } from '../schema/boilerplate-span.type.js';
import { Mention } from '../schema/mention.type.js';
import { QuoteKind } from '../schema/enums.js';
import {
  NestedEntitiesArgs,
  NestedPlacesArgs,
  NestedPoliciesArgs,
  NestedQuotesArgs,
  NestedStatisticsArgs,
} from '../schema/nested-page.args.js';
import { OrganizationConnection } from '../schema/organization.type.js';
import { PersonConnection } from '../schema/person.type.js';
import { PlaceConnection } from '../schema/place.type.js';
import { PolicyConnection } from '../schema/policy.type.js';
import { QuoteConnection } from '../schema/quote.type.js';
import { StatisticConnection } from '../schema/statistic.type.js';
import type { Context } from './context/context.js';
import { listConnection, relationConnection } from './paging/lists.js';
import { loadOfType, nodeOfType } from './nodes/lookup.js';
import { nestedQuotes, SPOKEN } from './paging/nested-quotes.js';
import { toObjectOf, type GraphObject } from './ids/to-object.js';

interface MentionSource {
  readonly node: GraphObject;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// One statement per sort, each reading its page off that sort's index.
const LIST_BY_SORT = {
  [ArticleSort.INGESTED_AT]: listArticlesByIngestedAt,
  [ArticleSort.PUBLISHED_AT]: listArticlesByPublishedAt,
  [ArticleSort.TITLE]: listArticlesByTitle,
} as const satisfies Record<ArticleSort, unknown>;

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Articles, filtered and sorted, as a Relay connection.' })
  articles(@Args(() => ArticlesArgs) args: ArticlesArgs, @Ctx() ctx: Context) {
    const filters = {
      outlet: args.outlet ?? null,
      publishedFrom: args.publishedFrom ?? null,
      publishedTo: args.publishedTo ?? null,
    };
    // Without filters the total comes from Neo4j's count store; a filter parameter, even null, rules that plan out.
    const unfiltered = Object.values(filters).every((value) => value === null);
    return listConnection(
      ctx,
      { list: LIST_BY_SORT[args.sort], count: unfiltered ? countAllArticles : countArticles },
      filters,
      args,
      'Article',
    );
  }

  @Query(() => Article, { nullable: true, description: 'One article by its global id; null when there is none.' })
  async article(
    @Arg('id', () => ID, { description: "The article's global id." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<GraphObject<'Article'> | null> {
    return nodeOfType(ctx, id, 'Article');
  }

  @FieldResolver(() => String, { description: 'The full text as read; every evidence offset points into it.' })
  async text(@Root() article: GraphObject<'Article'>, @Ctx() { loaders }: Context): Promise<string> {
    // List rows leave the text out; it is loaded only for the articles whose text is asked for.
    if (typeof article.text === 'string') return article.text;
    return String((await loadOfType(loaders, article.graphId, 'Article'))?.text ?? '');
  }

  @FieldResolver(() => [Mention], {
    description: 'Every place the text names a person, organization, place or policy, in text order.',
  })
  async mentions(@Root() article: GraphObject<'Article'>, @Ctx() ctx: Context): Promise<MentionSource[]> {
    const [rows, text] = await Promise.all([ctx.loaders.mentions.load(article.graphId), this.text(article, ctx)]);
    const mentions = rows.flatMap((row) => {
      const node = toObjectOf(row);
      const ends = row.ends ?? [];
      return (row.starts ?? []).map((start, index) => ({
        node,
        start: Number(start),
        end: Number(ends[index] ?? start),
        text: '',
      }));
    });
    return mentions
      .map((mention) => ({ ...mention, text: text.slice(mention.start, mention.end) }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }

  @FieldResolver(() => [BoilerplateSpan], { description: 'Page furniture the loader kept out of the graph.' })
  async boilerplate(@Root() article: GraphObject<'Article'>, @Ctx() { loaders }: Context): Promise<BoilerplateSpan[]> {
    const raw =
      typeof article.boilerplate === 'string'
        ? article.boilerplate
        : (await loadOfType(loaders, article.graphId, 'Article'))?.boilerplate;
    return typeof raw === 'string' ? (JSON.parse(raw) as BoilerplateSpan[]) : [];
  }

  @FieldResolver(() => QuoteConnection, {
    description: 'Quotes in this article; `kinds` defaults to DIRECT and PARTIAL.',
  })
  quotes(
    @Root() article: GraphObject<'Article'>,
    @Args(() => NestedQuotesArgs) args: NestedQuotesArgs,
    @Arg('kinds', () => [QuoteKind], {
      nullable: true,
      description: 'Which kinds; default DIRECT and PARTIAL (quotes, not claims).',
    })
    kinds: QuoteKind[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedQuotes(ctx, info, article, args, kinds ?? SPOKEN, 'article');
  }

  @FieldResolver(() => StatisticConnection, { description: 'Figures this article states.' })
  statistics(
    @Root() article: GraphObject<'Article'>,
    @Args(() => NestedStatisticsArgs) args: NestedStatisticsArgs,
    @Ctx() ctx: Context,
  ) {
    return relationConnection(ctx, 'statisticsIn', article, args);
  }

  @FieldResolver(() => PersonConnection, { description: 'People this article mentions.' })
  people(
    @Root() article: GraphObject<'Article'>,
    @Args(() => NestedEntitiesArgs) args: NestedEntitiesArgs,
    @Ctx() ctx: Context,
  ) {
    return relationConnection(ctx, 'peopleIn', article, args);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations this article mentions.' })
  organizations(
    @Root() article: GraphObject<'Article'>,
    @Args(() => NestedEntitiesArgs) args: NestedEntitiesArgs,
    @Ctx() ctx: Context,
  ) {
    return relationConnection(ctx, 'organizationsIn', article, args);
  }

  @FieldResolver(() => PlaceConnection, { description: 'Places this article mentions.' })
  places(
    @Root() article: GraphObject<'Article'>,
    @Args(() => NestedPlacesArgs) args: NestedPlacesArgs,
    @Ctx() ctx: Context,
  ) {
    return relationConnection(ctx, 'placesIn', article, args);
  }

  @FieldResolver(() => PolicyConnection, { description: 'Policies this article mentions.' })
  policies(
    @Root() article: GraphObject<'Article'>,
    @Args(() => NestedPoliciesArgs) args: NestedPoliciesArgs,
    @Ctx() ctx: Context,
  ) {
    return relationConnection(ctx, 'policiesIn', article, args);
  }
}
