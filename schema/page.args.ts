import { ArgsType, Field, Int } from 'type-graphql';

/** Relay connection arguments. Cursors are opaque keyset cursors, stable when data is added. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Return at most this many items after `after` (default 20, at most MAX_PAGE_SIZE, 100 unless configured).',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "A cursor (`endCursor`, or an edge's `cursor`): return the items after it.",
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Return at most this many items before `before`, or the last ones without it.',
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "A cursor (`startCursor`, or an edge's `cursor`): return the items before it.",
  })
  before?: string | null;
}
