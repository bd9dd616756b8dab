import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import {
  countMembers,
  countOrganizations,
  findOrganizationCandidates,
  findOrganizationNamed,
  listMembers,
  listOrganizations,
} from '../db/statements/organizations.js';
import { AnonymousSourceConnection } from '../schema/anonymous-source.type.js';
import { SpeakerScope } from '../schema/enums.js';
import { AnonymousSourcesArgs, NestedEntitiesArgs, NestedQuotesArgs } from '../schema/nested-page.args.js';
import { Organization, OrganizationConnection } from '../schema/organization.type.js';
import { OrganizationsArgs } from '../schema/organizations.args.js';
import { QuoteConnection } from '../schema/quote.type.js';
import { PageArgs } from '../schema/page.args.js';
import { RoleConnection } from '../schema/role.type.js';
import type { Context } from './context/context.js';
import { speakerFieldsOf } from './speaker-fields.resolver.js';
import { graphIdFilter, linked, listConnection, relationConnection } from './paging/lists.js';
import { lookup } from './nodes/lookup.js';
import { planPage, toConnection } from './paging/paginate.js';
import { toRoles } from './nodes/roles.js';
import { CLAIMED, nestedQuotes, SPOKEN } from './paging/nested-quotes.js';
import type { GraphObject } from './ids/to-object.js';

@Resolver(() => Organization)
export class OrganizationResolver extends speakerFieldsOf<'Organization'>(Organization, 'organization') {
  @Query(() => Organization, {
    nullable: true,
    description:
      'An organization by global id, or by name (`organization(name: "ICE")`): an exact name, alias or acronym in any case first, else the one organization whose names contain it. Null when none; several are an error listing them.',
  })
  async organization(
    @Arg('id', () => ID, { nullable: true, description: "The organization's global id; or give `name`." })
    id: string | null,
    @Arg('name', () => String, {
      nullable: true,
      description: 'A name, alias or acronym, any case ("ice"); or part of one that only one organization has.',
    })
    name: string | null,
    @Ctx() ctx: Context,
  ): Promise<GraphObject<'Organization'> | null> {
    return lookup(ctx, 'Organization', id, name, {
      exact: findOrganizationNamed,
      candidates: findOrganizationCandidates,
      listField: 'organizations',
    });
  }

  @Query(() => OrganizationConnection, {
    description: 'Organizations, filtered by name, kind, parent and article, sorted, as a Relay connection.',
  })
  organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context) {
    const filters = {
      nameContains: args.nameContains ?? null,
      kinds: args.kinds ?? null,
      partOf: graphIdFilter(args.partOf, 'partOf'),
      mentionedIn: graphIdFilter(args.mentionedIn, 'mentionedIn'),
    };
    return listConnection(ctx, { list: listOrganizations, count: countOrganizations }, filters, args, 'Organization');
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization this one is part of (ICE → DHS).',
  })
  async parent(@Root() organization: GraphObject<'Organization'>, @Ctx() ctx: Context): Promise<GraphObject | null> {
    return (await linked(ctx, 'parent', organization))[0] ?? null;
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations directly part of this one.' })
  subOrganizations(
    @Root() organization: GraphObject<'Organization'>,
    @Args(() => NestedEntitiesArgs) args: NestedEntitiesArgs,
    @Ctx() ctx: Context,
  ) {
    return relationConnection(ctx, 'subOrganizations', organization, args);
  }

  @FieldResolver(() => RoleConnection, {
    description:
      'People holding (or who held) roles in this organization: one item per person and title, by person id.',
  })
  async people(
    @Root() organization: GraphObject<'Organization'>,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ) {
    // Member keys start with the organization's id and '|'; '}' is the character after '|'.
    const range = { from: `${organization.graphId}|`, to: `${organization.graphId}}` };
    const plan = planPage(args, 'HOLDER', false, ctx.maxPageSize);
    const rows = await ctx.executor.read(listMembers, { ...range, ...plan.params });
    const roles = await toRoles(rows, ctx);
    return toConnection(
      rows.map((row, index) => ({ ...row, role: roles[index]! })),
      plan,
      (row) => row.role,
      async () => Number((await ctx.executor.read(countMembers, range))[0]?.total ?? 0),
    );
  }

  @FieldResolver(() => QuoteConnection, {
    description:
      'Quotes of the organization itself (OFFICIAL, the default), of anonymous sources speaking for it (ANONYMOUS), or both (ALL).',
  })
  quotes(
    @Root() organization: GraphObject<'Organization'>,
    @Args(() => NestedQuotesArgs) args: NestedQuotesArgs,
    @Arg('scope', () => SpeakerScope, {
      defaultValue: SpeakerScope.OFFICIAL,
      description: "Whose words: the organization's own, its anonymous sources', or both.",
    })
    scope: SpeakerScope,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedQuotes(ctx, info, organization, args, SPOKEN, 'speaker', scope);
  }

  @FieldResolver(() => QuoteConnection, {
    description:
      'Statements reported of the organization (or, by `scope`, of its anonymous sources) without quotation marks.',
  })
  claims(
    @Root() organization: GraphObject<'Organization'>,
    @Args(() => NestedQuotesArgs) args: NestedQuotesArgs,
    @Arg('scope', () => SpeakerScope, {
      defaultValue: SpeakerScope.OFFICIAL,
      description: "Whose statements: the organization's own, its anonymous sources', or both.",
    })
    scope: SpeakerScope,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedQuotes(ctx, info, organization, args, CLAIMED, 'speaker', scope);
  }

  @FieldResolver(() => AnonymousSourceConnection, {
    description: 'Unnamed sources the articles say speak for this organization.',
  })
  anonymousSources(
    @Root() organization: GraphObject<'Organization'>,
    @Args(() => AnonymousSourcesArgs) args: AnonymousSourcesArgs,
    @Ctx() ctx: Context,
  ) {
    return relationConnection(ctx, 'anonymousSourcesOf', organization, args);
  }
}
