import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum ArticleSort {
  PUBLISHED_AT = 'PUBLISHED_AT',
  TITLE = 'TITLE',
  INGESTED_AT = 'INGESTED_AT',
}

registerEnumType(ArticleSort, {
  name: 'ArticleSort',
  description: 'How articles are ordered.',
  valuesConfig: {
    PUBLISHED_AT: { description: 'By publication date; undated articles first in ASC order, last in DESC order.' },
    TITLE: { description: 'By title, ignoring case.' },
    INGESTED_AT: { description: 'By when they were loaded (the default): new articles come last in ASC order.' },
  },
});

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only articles from this outlet (exact name).' })
  outlet?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Only articles published on or after this date.' })
  publishedFrom?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Only articles published on or before this date.' })
  publishedTo?: string | null;

  @Field(() => ArticleSort, { defaultValue: ArticleSort.INGESTED_AT, description: 'The order of the list.' })
  sort!: ArticleSort;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'ASC or DESC; ties are broken by id, so pages never overlap.',
  })
  direction!: SortDirection;
}
