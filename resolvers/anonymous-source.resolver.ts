import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AnonymousSource } from '../schema/anonymous-source.type.js';
import { NestedPageArgs } from '../schema/nested-page.args.js';
import { Organization } from '../schema/organization.type.js';
import { QuoteConnection } from '../schema/quote.type.js';
import type { Context } from '../server/context.js';
import { linked, relationConnection } from './lists.js';
import type { GraphObject } from './to-object.js';

@Resolver(() => AnonymousSource)
export class AnonymousSourceResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the source speaks for.' })
  async speaksFor(@Root() source: GraphObject, @Ctx() ctx: Context): Promise<GraphObject | null> {
    return (await linked(ctx, 'speaksFor', source))[0] ?? null;
  }

  @FieldResolver(() => QuoteConnection)
  quotes(@Root() source: GraphObject, @Args(() => NestedPageArgs) args: NestedPageArgs, @Ctx() ctx: Context) {
    return relationConnection(ctx, 'quotesBy', source, args);
  }
}
