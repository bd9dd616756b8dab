import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum ArticleSort {
  PUBLISHED_AT = 'PUBLISHED_AT',
  TITLE = 'TITLE',
  INGESTED_AT = 'INGESTED_AT',
}

registerEnumType(ArticleSort, { name: 'ArticleSort' });

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only articles from this outlet (exact name).' })
  outlet?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Only articles published on or after this date.' })
  publishedFrom?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Only articles published on or before this date.' })
  publishedTo?: string | null;

  @Field(() => ArticleSort, { defaultValue: ArticleSort.INGESTED_AT })
  sort!: ArticleSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
