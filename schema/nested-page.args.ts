/**
 * Paging and order of the lists under a node (a person's quotes, an article's people). Each kind of list
 * takes only the sorts it can honour, so a sort that would be ignored is a validation error instead.
 * An enum value's internal value is the key the relation statement sorts by (`cypher/relations/`).
 * Where a key may be missing (an undated article, a vague figure), the missing ones come first in ASC
 * order and last in DESC order, as in the top-level lists.
 */
import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { PageArgs } from './page.args.js';
import { EntitySort } from './people.args.js';
import { PlaceSort } from './places.args.js';
import { QuoteSort } from './quotes.args.js';
import { DIRECTION_DESCRIPTION as DIRECTION, SortDirection } from './sort-direction.enum.js';

export enum NestedArticleSort {
  TITLE = 'NAME',
  PUBLISHED_AT = 'PUBLISHED_AT',
}
registerEnumType(NestedArticleSort, {
  name: 'NestedArticleSort',
  description: 'How the articles under a node are ordered.',
  valuesConfig: {
    TITLE: { description: 'By title, ignoring case.' },
    PUBLISHED_AT: { description: 'By publication date; undated articles first in ASC order, last in DESC order.' },
  },
});

export enum NestedStatisticSort {
  VALUE = 'VALUE',
  NAME = 'NAME',
}
registerEnumType(NestedStatisticSort, {
  name: 'NestedStatisticSort',
  description: 'How the figures under a node are ordered.',
  valuesConfig: {
    VALUE: { description: 'By number; vague amounts ("thousands") first in ASC order, last in DESC order.' },
    NAME: { description: 'By the figure as written ("over 6,200"), alphabetically.' },
  },
});

export enum NestedPolicySort {
  NAME = 'NAME',
  ARTICLE_COUNT = 'ARTICLE_COUNT',
}
registerEnumType(NestedPolicySort, {
  name: 'NestedPolicySort',
  description: 'How the policies under a node are ordered.',
  valuesConfig: {
    NAME: { description: 'By name, ignoring case.' },
    ARTICLE_COUNT: { description: 'By the number of articles that mention the policy.' },
  },
});

export enum AnonymousSourceSort {
  DESCRIPTION = 'NAME',
}
registerEnumType(AnonymousSourceSort, {
  name: 'AnonymousSourceSort',
  description: 'How anonymous sources are ordered.',
  valuesConfig: {
    DESCRIPTION: { description: 'By how the article describes the source ("a DHS official"), ignoring case.' },
  },
});

@ArgsType()
export class NestedArticlesArgs extends PageArgs {
  @Field(() => NestedArticleSort, { defaultValue: NestedArticleSort.TITLE, description: 'The order of the list.' })
  sort!: NestedArticleSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: DIRECTION })
  direction!: SortDirection;
}

@ArgsType()
export class NestedStatisticsArgs extends PageArgs {
  @Field(() => NestedStatisticSort, { defaultValue: NestedStatisticSort.VALUE, description: 'The order of the list.' })
  sort!: NestedStatisticSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: DIRECTION })
  direction!: SortDirection;
}

@ArgsType()
export class NestedPoliciesArgs extends PageArgs {
  @Field(() => NestedPolicySort, { defaultValue: NestedPolicySort.NAME, description: 'The order of the list.' })
  sort!: NestedPolicySort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: DIRECTION })
  direction!: SortDirection;
}

@ArgsType()
export class NestedEntitiesArgs extends PageArgs {
  @Field(() => EntitySort, { defaultValue: EntitySort.NAME, description: 'The order of the list.' })
  sort!: EntitySort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: DIRECTION })
  direction!: SortDirection;
}

@ArgsType()
export class NestedPlacesArgs extends PageArgs {
  @Field(() => PlaceSort, { defaultValue: PlaceSort.NAME, description: 'The order of the list.' })
  sort!: PlaceSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: DIRECTION })
  direction!: SortDirection;
}

@ArgsType()
export class NestedQuotesArgs extends PageArgs {
  @Field(() => QuoteSort, { defaultValue: QuoteSort.TEXT, description: 'The order of the list.' })
  sort!: QuoteSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: DIRECTION })
  direction!: SortDirection;
}

@ArgsType()
export class AnonymousSourcesArgs extends PageArgs {
  @Field(() => AnonymousSourceSort, {
    defaultValue: AnonymousSourceSort.DESCRIPTION,
    description: 'The order of the list.',
  })
  sort!: AnonymousSourceSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: DIRECTION })
  direction!: SortDirection;
}
