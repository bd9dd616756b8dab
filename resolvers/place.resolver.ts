import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { countPlaces, listPlaces } from '../db/statements/places.js';
import { ArticleConnection } from '../schema/article.type.js';
import { NestedArticlesArgs, NestedStatisticsArgs } from '../schema/nested-page.args.js';
import { Place, PlaceConnection } from '../schema/place.type.js';
import { PlacesArgs } from '../schema/places.args.js';
import { StatisticConnection } from '../schema/statistic.type.js';
import type { Context } from './context/context.js';
import { listConnection, relationConnection } from './paging/lists.js';
import { nodeOfType } from './nodes/lookup.js';
import { countOf } from './nodes/counts.js';
import type { GraphObject } from './ids/to-object.js';

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: 'One place by its global id; null when there is none.' })
  async place(
    @Arg('id', () => ID, { description: "The place's global id." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<GraphObject<'Place'> | null> {
    return nodeOfType(ctx, id, 'Place');
  }

  @Query(() => PlaceConnection, { description: 'Places, filtered by name and kind, sorted, as a Relay connection.' })
  places(@Args(() => PlacesArgs) args: PlacesArgs, @Ctx() ctx: Context) {
    const filters = { nameContains: args.nameContains ?? null, kinds: args.kinds ?? null };
    return listConnection(ctx, { list: listPlaces, count: countPlaces }, filters, args, 'Place');
  }

  @FieldResolver(() => StatisticConnection, { description: 'Figures about this place.' })
  statistics(
    @Root() place: GraphObject<'Place'>,
    @Args(() => NestedStatisticsArgs) args: NestedStatisticsArgs,
    @Ctx() ctx: Context,
  ) {
    return relationConnection(ctx, 'statisticsAbout', place, args);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention this place.' })
  articles(
    @Root() place: GraphObject<'Place'>,
    @Args(() => NestedArticlesArgs) args: NestedArticlesArgs,
    @Ctx() ctx: Context,
  ) {
    return relationConnection(ctx, 'articlesMentioning', place, args);
  }

  @FieldResolver(() => Int)
  articleCount(@Root() root: GraphObject<'Place'>, @Ctx() ctx: Context): Promise<number> {
    return countOf(ctx, root, 'articleCount');
  }
}
