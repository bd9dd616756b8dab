import { ArgsType, Field, Int } from 'type-graphql';

/** Relay connection arguments. Cursors are opaque keyset cursors, stable when data is added. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Return at most this many items after `after`.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Return at most this many items before `before`.' })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}
