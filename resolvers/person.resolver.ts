import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import {
  countAllPeople,
  countPeople,
  findPersonCandidates,
  findPersonNamed,
  listAllPeopleByName,
  listAllPeopleByQuoteCount,
  listPeople,
} from '../db/statements/people.js';
import { NestedQuotesArgs } from '../schema/nested-page.args.js';
import { EntitySort, PeopleArgs } from '../schema/people.args.js';
import { Person, PersonConnection } from '../schema/person.type.js';
import { QuoteConnection } from '../schema/quote.type.js';
import { Role } from '../schema/role.type.js';
import type { Context } from './context/context.js';
import { speakerFieldsOf } from './speaker-fields.resolver.js';
import { graphIdFilter, listConnection } from './paging/lists.js';
import { lookup } from './nodes/lookup.js';
import { toRoles, type RoleSource } from './nodes/roles.js';
import { CLAIMED, nestedQuotes, SPOKEN } from './paging/nested-quotes.js';
import type { GraphObject } from './ids/to-object.js';

const LIST_ALL_BY_SORT: Partial<Record<EntitySort, typeof listPeople>> = {
  [EntitySort.NAME]: listAllPeopleByName,
  [EntitySort.QUOTE_COUNT]: listAllPeopleByQuoteCount,
};

@Resolver(() => Person)
export class PersonResolver extends speakerFieldsOf<'Person'>(Person, 'person') {
  @Query(() => Person, {
    nullable: true,
    description:
      'A person by global id, or by name (`person(name: "Sessions")`): an exact name or alias in any case first, else the one person whose names contain it. Null when none; several are an error listing them.',
  })
  async person(
    @Arg('id', () => ID, { nullable: true, description: "The person's global id; or give `name`." }) id: string | null,
    @Arg('name', () => String, {
      nullable: true,
      description: 'A name or alias, any case ("sessions"); or part of one that only one person has.',
    })
    name: string | null,
    @Ctx() ctx: Context,
  ): Promise<GraphObject<'Person'> | null> {
    return lookup(ctx, 'Person', id, name, {
      exact: findPersonNamed,
      candidates: findPersonCandidates,
      listField: 'people',
    });
  }

  @Query(() => PersonConnection, {
    description: 'People, filtered by name, organization and article, sorted, as a Relay connection.',
  })
  people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: Context) {
    const filters = {
      nameContains: args.nameContains ?? null,
      organizationId: graphIdFilter(args.organization, 'organization'),
      mentionedIn: graphIdFilter(args.mentionedIn, 'mentionedIn'),
    };
    // Without filters a page of everyone is read off the index of its order (but by article count, a
    // degree no index holds), and the total comes from Neo4j's count store.
    const unfiltered = Object.values(filters).every((value) => value === null);
    const list = (unfiltered && LIST_ALL_BY_SORT[args.sort]) || listPeople;
    return listConnection(ctx, { list, count: unfiltered ? countAllPeople : countPeople }, filters, args, 'Person');
  }

  @FieldResolver(() => [Role], {
    description: 'Titles and the organizations they are held in; titles with no known organization come last.',
  })
  async roles(@Root() person: GraphObject<'Person'>, @Ctx() ctx: Context): Promise<RoleSource[]> {
    const roles = await toRoles(await ctx.loaders.rolesOfPerson.load(person.graphId), ctx);
    const stated = new Set(roles.map((role) => role.title));
    const bare = (person.titles ?? [])
      .filter((title) => !stated.has(title))
      .map((title) => ({ title, former: /^former\b/i.test(title), person, organization: null, evidence: null }));
    return [...roles, ...bare];
  }

  @FieldResolver(() => QuoteConnection, { description: 'Words in quotation marks attributed to this person.' })
  quotes(
    @Root() person: GraphObject<'Person'>,
    @Args(() => NestedQuotesArgs) args: NestedQuotesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedQuotes(ctx, info, person, args, SPOKEN, 'speaker');
  }

  @FieldResolver(() => QuoteConnection, { description: 'Statements reported of this person without quotation marks.' })
  claims(
    @Root() person: GraphObject<'Person'>,
    @Args(() => NestedQuotesArgs) args: NestedQuotesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedQuotes(ctx, info, person, args, CLAIMED, 'speaker');
  }
}
