import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import { AnonymousSource } from '../schema/anonymous-source.type.js';
import { NestedQuotesArgs } from '../schema/nested-page.args.js';
import { Organization } from '../schema/organization.type.js';
import { QuoteConnection } from '../schema/quote.type.js';
import type { Context } from './context/context.js';
import { linked } from './paging/lists.js';
import { CLAIMED, nestedQuotes, SPOKEN } from './paging/nested-quotes.js';
import type { GraphObject } from './ids/to-object.js';

@Resolver(() => AnonymousSource)
export class AnonymousSourceResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the source speaks for.' })
  async speaksFor(@Root() source: GraphObject<'AnonymousSource'>, @Ctx() ctx: Context): Promise<GraphObject | null> {
    return (await linked(ctx, 'speaksFor', source))[0] ?? null;
  }

  @FieldResolver(() => QuoteConnection, {
    description: 'Words in quotation marks the articles attribute to this source.',
  })
  quotes(
    @Root() source: GraphObject<'AnonymousSource'>,
    @Args(() => NestedQuotesArgs) args: NestedQuotesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedQuotes(ctx, info, source, args, SPOKEN, 'speaker');
  }

  @FieldResolver(() => QuoteConnection, { description: 'Statements reported of this source without quotation marks.' })
  claims(
    @Root() source: GraphObject<'AnonymousSource'>,
    @Args(() => NestedQuotesArgs) args: NestedQuotesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedQuotes(ctx, info, source, args, CLAIMED, 'speaker');
  }
}
