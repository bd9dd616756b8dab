import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../runtime/errors.js';
import { Article, ArticleConnection } from '../schema/article.type.js';
import { ArticlesArgs } from '../schema/articles.args.js';
import { SortDirection } from '../schema/sort-direction.enum.js';
import type { Context } from '../server/context.js';
import { graphIdOf } from './global-id.js';
import { planPage, toConnection } from './paginate.js';
import { toObject } from './to-object.js';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Articles, filtered and sorted, as a Relay connection.' })
  async articles(@Args(() => ArticlesArgs) args: ArticlesArgs, @Ctx() { executor }: Context) {
    const plan = planPage(args, args.sort, args.direction === SortDirection.DESC);
    const filters = { outlet: args.outlet ?? null, publishedFrom: args.publishedFrom ?? null, publishedTo: args.publishedTo ?? null };
    const rows = await executor.read('articles/list-articles', { ...filters, ...plan.params });
    return toConnection(rows, plan, (row) => toObject('Article', row), async () => {
      const [row] = await executor.read('articles/count-articles', filters);
      return Number(row?.total ?? 0);
    });
  }

  @Query(() => Article, { description: 'One article by its global id.' })
  async article(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    const row = await loaders.node.load(graphIdOf(id, 'Article'));
    if (!row) throw new NotFoundError('Article', id);
    return toObject('Article', row);
  }
}
