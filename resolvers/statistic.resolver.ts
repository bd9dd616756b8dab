import { Arg, Ctx, Args, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { countStatistics, listStatistics, listStatisticsAboutPlace } from '../db/statements/statistics.js';
import { Citation, CitationConnection } from '../schema/citation.type.js';
import { NestedArticleSort } from '../schema/nested-page.args.js';
import { PageArgs } from '../schema/page.args.js';
import { SortDirection } from '../schema/sort-direction.enum.js';
import { Place } from '../schema/place.type.js';
import { Speaker } from '../schema/speaker.union.js';
import { Statistic, StatisticConnection } from '../schema/statistic.type.js';
import { StatisticSort, StatisticsArgs } from '../schema/statistics.args.js';
import type { Context } from './context/context.js';
import type { EvidenceSource } from './evidence.resolver.js';
import { graphIdFilter, linked, listConnection, relationConnection } from './paging/lists.js';
import { loadOfType, nodeOfType } from './nodes/lookup.js';
import { fromGlobalId } from './ids/global-id.js';
import { toEvidence } from './quote.resolver.js';
import { toObject, type GraphObject } from './ids/to-object.js';

interface CitationSource {
  readonly article: GraphObject | null;
  readonly source: GraphObject | null;
  readonly evidence: EvidenceSource;
}

/** The figure's words in one article and the source that article names, or null when it does not cite it. */
async function citationIn(ctx: Context, statistic: GraphObject, article: GraphObject): Promise<CitationSource | null> {
  const row = await ctx.loaders.citation.load(`${statistic.graphId}|${article.graphId}`);
  if (!row) return null;
  const source = row.sourceId ? await ctx.loaders.node.load(row.sourceId) : null;
  return { article, source, evidence: toEvidence(row) };
}

@Resolver(() => Statistic)
export class StatisticResolver {
  @Query(() => Statistic, {
    nullable: true,
    description:
      'One figure (statistic) by its global id, with every source that cites it (`citations`) and the figures that disagree; null when there is none.',
  })
  async statistic(
    @Arg('id', () => ID, { description: "The figure's global id." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<GraphObject<'Statistic'> | null> {
    return nodeOfType(ctx, id, 'Statistic');
  }

  @Query(() => StatisticConnection, {
    description: 'Figures filtered by measure, value range, unit, place, period, reporter and article.',
  })
  statistics(@Args(() => StatisticsArgs) args: StatisticsArgs, @Ctx() ctx: Context) {
    const filters = {
      measureContains: args.measureContains ?? null,
      valueMin: args.valueMin ?? null,
      valueMax: args.valueMax ?? null,
      unit: args.unit ?? null,
      place: graphIdFilter(args.place, 'place'),
      periodFrom: args.periodFrom ?? null,
      periodTo: args.periodTo ?? null,
      reportedBy: graphIdFilter(args.reportedBy, 'reportedBy'),
      article: graphIdFilter(args.article, 'article'),
    };
    // A place's figures by value, filtered at most by measure, are read in index order and stop at the page.
    const narrowing = [
      filters.valueMin,
      filters.valueMax,
      filters.unit,
      filters.periodFrom,
      filters.periodTo,
      filters.reportedBy,
      filters.article,
    ];
    const byPlaceValue =
      filters.place !== null && args.sort === StatisticSort.VALUE && narrowing.every((value) => value === null);
    const list = byPlaceValue ? listStatisticsAboutPlace : listStatistics;
    return listConnection(ctx, { list, count: countStatistics }, filters, args, 'Statistic');
  }

  @FieldResolver(() => Place, { nullable: true, description: 'The place the figure is about, when the article says.' })
  async place(@Root() statistic: GraphObject<'Statistic'>, @Ctx() ctx: Context): Promise<GraphObject | null> {
    return (await linked(ctx, 'place', statistic))[0] ?? null;
  }

  @FieldResolver(() => [Speaker], { description: 'Everyone any article says reported this figure.' })
  reportedBy(@Root() statistic: GraphObject<'Statistic'>, @Ctx() ctx: Context): Promise<GraphObject[]> {
    return linked(ctx, 'reporters', statistic);
  }

  @FieldResolver(() => CitationConnection, {
    description: 'Every article citing this figure, oldest first (undated last), with the source it names.',
  })
  async citations(
    @Root() statistic: GraphObject<'Statistic'>,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ) {
    // A page of the citing articles (keyset, batched), then each one's words and source (batched too).
    const page = await relationConnection(ctx, 'citingArticles', statistic, {
      ...args,
      sort: NestedArticleSort.PUBLISHED_AT,
      direction: SortDirection.ASC,
    });
    const edges = await Promise.all(
      page.edges.map(async (edge) => ({
        cursor: edge.cursor,
        // The article was listed because it contains the figure, so its citation exists.
        node: (await citationIn(ctx, statistic, edge.node))!,
      })),
    );
    return { ...page, edges };
  }

  @FieldResolver(() => Citation, {
    nullable: true,
    description:
      'The citation in one article: its words and the source it names; null when it does not cite the figure.',
  })
  async citation(
    @Root() statistic: GraphObject<'Statistic'>,
    @Arg('article', () => ID, { description: "The article's global id." }) article: string,
    @Ctx() ctx: Context,
  ): Promise<CitationSource | null> {
    const node = await loadOfType(ctx.loaders, fromGlobalId(article, 'article').id, 'Article');
    return node && citationIn(ctx, statistic, node);
  }

  @FieldResolver(() => [Statistic], {
    description: 'Figures of the same measure and unit, for the same dated period and place, with a different value.',
  })
  async disagreements(
    @Root() statistic: GraphObject<'Statistic'>,
    @Ctx() { loaders }: Context,
  ): Promise<GraphObject<'Statistic'>[]> {
    return (await loaders.disagreements.load(statistic.graphId)).map((row) => toObject('Statistic', row.node));
  }
}
