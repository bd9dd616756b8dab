import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { countPolicies, listPolicies } from '../db/statements/policies.js';
import { ArticleConnection } from '../schema/article.type.js';
import { NestedArticlesArgs } from '../schema/nested-page.args.js';
import { PoliciesArgs } from '../schema/policies.args.js';
import { Policy, PolicyConnection } from '../schema/policy.type.js';
import { Speaker } from '../schema/speaker.union.js';
import type { Context } from './context/context.js';
import { graphIdFilter, linked, listConnection, relationConnection } from './paging/lists.js';
import { nodeOfType } from './nodes/lookup.js';
import { countOf } from './nodes/counts.js';
import type { GraphObject } from './ids/to-object.js';

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => Policy, { nullable: true, description: 'One policy by its global id; null when there is none.' })
  async policy(
    @Arg('id', () => ID, { description: "The policy's global id." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<GraphObject<'Policy'> | null> {
    return nodeOfType(ctx, id, 'Policy');
  }

  @Query(() => PolicyConnection, {
    description: 'Policies, filtered by name, kind and issuer, sorted, as a Relay connection.',
  })
  policies(@Args(() => PoliciesArgs) args: PoliciesArgs, @Ctx() ctx: Context) {
    const filters = {
      nameContains: args.nameContains ?? null,
      kinds: args.kinds ?? null,
      issuedBy: graphIdFilter(args.issuedBy, 'issuedBy'),
    };
    return listConnection(ctx, { list: listPolicies, count: countPolicies }, filters, args, 'Policy');
  }

  @FieldResolver(() => [Speaker], { description: 'Who issued it, as the articles say.' })
  issuedBy(@Root() policy: GraphObject<'Policy'>, @Ctx() ctx: Context): Promise<GraphObject[]> {
    return linked(ctx, 'issuers', policy);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention this policy.' })
  articles(
    @Root() policy: GraphObject<'Policy'>,
    @Args(() => NestedArticlesArgs) args: NestedArticlesArgs,
    @Ctx() ctx: Context,
  ) {
    return relationConnection(ctx, 'articlesMentioning', policy, args);
  }

  @FieldResolver(() => Int)
  articleCount(@Root() root: GraphObject<'Policy'>, @Ctx() ctx: Context): Promise<number> {
    return countOf(ctx, root, 'articleCount');
  }
}
