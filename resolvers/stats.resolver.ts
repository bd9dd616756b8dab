import { Ctx, Query, Resolver } from 'type-graphql';
import { Stats } from '../schema/stats.type.js';
import { countByKind } from '../db/statements/stats.js';
import type { Context } from './context/context.js';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'How many articles, people, organizations, figures, quotes… the graph holds.' })
  async stats(@Ctx() { executor }: Context): Promise<Stats> {
    const [row] = await executor.read(countByKind, {});
    const count = (key: Exclude<keyof Stats, 'id'>) => Number(row?.[key] ?? 0);
    return {
      id: 'stats',
      articles: count('articles'),
      people: count('people'),
      organizations: count('organizations'),
      agencies: count('agencies'),
      places: count('places'),
      policies: count('policies'),
      statistics: count('statistics'),
      quotes: count('quotes'),
      claims: count('claims'),
      anonymousSources: count('anonymousSources'),
      relationships: count('relationships'),
    };
  }
}
