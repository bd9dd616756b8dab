import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { PageArgs } from './page.args.js';
import { SortDirection } from './sort-direction.enum.js';

export enum NestedSort {
  NAME = 'NAME',
  PUBLISHED_AT = 'PUBLISHED_AT',
  VALUE = 'VALUE',
  ARTICLE_COUNT = 'ARTICLE_COUNT',
  QUOTE_COUNT = 'QUOTE_COUNT',
}

registerEnumType(NestedSort, {
  name: 'NestedSort',
  description: 'NAME sorts by name, title or text; PUBLISHED_AT applies to articles, VALUE to figures; the counts to people and organizations.',
});

/** Paging and order of a list under another node (a person's quotes, an article's people). */
@ArgsType()
export class NestedPageArgs extends PageArgs {
  @Field(() => NestedSort, { defaultValue: NestedSort.NAME })
  sort!: NestedSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
