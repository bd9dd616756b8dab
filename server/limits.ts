/**
 * What one GraphQL request may ask for. Each limit rejects the whole request before anything runs, with a
 * message naming the limit, its value and the variable that sets it, and
 * `extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: { name, max, found } }`:
 *
 * - depth, aliases, directives: validation rules of @escape.tech/graphql-armor (see README, "Limits");
 * - tokens: graphql-js's own `maxTokens` parse option (the parser stops at the limit, so a huge document
 *   costs no more than the limit to reject);
 * - cost: graphql-query-complexity with the variables of the request, because a list's cost depends on its
 *   `first`/`last` (or the number of `ids`), which may be a variable.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, type GraphqlLimits } from '../runtime/config.js';

// graphql-query-complexity's ES build imports `graphql/index.mjs`, while everything else here (type-graphql
// included) uses graphql's CommonJS build: two graphql modules cannot share a schema. Its CommonJS build
// requires `graphql` like everything else.
const { getComplexity } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

export const LIMIT_VARIABLES = {
  depth: 'GRAPHQL_MAX_DEPTH',
  cost: 'GRAPHQL_MAX_COST',
  aliases: 'GRAPHQL_MAX_ALIASES',
  directives: 'GRAPHQL_MAX_DIRECTIVES',
  tokens: 'GRAPHQL_MAX_TOKENS',
} as const;
export type LimitName = keyof typeof LIMIT_VARIABLES;

export function limitError(name: LimitName, max: number, found: number | undefined): GraphQLError {
  const over = found === undefined ? '' : ` (this one has ${found})`;
  return new GraphQLError(`The ${name} limit of ${max} is exceeded${over}; see ${LIMIT_VARIABLES[name]}.`, {
    extensions: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: { name, max, ...(found === undefined ? {} : { found }) },
      http: { status: 400 },
    },
  });
}

/** graphql-armor reports "… limit of N exceeded, found M."; this keeps M and reports our own message. */
function reporter(name: LimitName, max: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(limitError(name, max, found === undefined ? undefined : Number(found)));
  };
}

/** Depth, aliases and directives, as graphql-js validation rules (Apollo's `validationRules`). */
export function limitRules(limits: GraphqlLimits): ValidationRule[] {
  // `propagateOnRejection: false` with our own reporter: one error per limit, with our message and code.
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return new ApolloArmor({
    // Cost is ours (it needs the variables); tokens are graphql-js's parse option; Apollo hides suggestions.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    // Fragments are flattened: a spread adds no level of its own, only the fields inside it do.
    maxDepth: {
      ...common,
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      onReject: [reporter('depth', limits.maxDepth)],
    },
    // Every alias counts: the default allow-list (`__typename`) would also let an alias named `__typename` through.
    maxAliases: { ...common, n: limits.maxAliases, allowList: [], onReject: [reporter('aliases', limits.maxAliases)] },
    maxDirectives: { ...common, n: limits.maxDirectives, onReject: [reporter('directives', limits.maxDirectives)] },
  }).protect().validationRules;
}

const PAGE_ARGUMENTS = ['first', 'last', 'ids'];

/**
 * Every field costs 1; a field that returns a page (`first`/`last`, `ids`) multiplies the cost of
 * what is selected inside it by the page size: `people(first: 100) { edges { node { quotes(first: 100) { … } } } }`
 * is 100 × 100 quotes. A connection asked without a size counts DEFAULT_PAGE_SIZE.
 */
export const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field }: ComplexityEstimatorArgs) => {
  if (!field.args.some((arg) => PAGE_ARGUMENTS.includes(arg.name))) return 1 + childComplexity;
  let size: number = DEFAULT_PAGE_SIZE;
  const given = ['first', 'last']
    .map((name): unknown => args[name])
    .find((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (given !== undefined) size = Math.max(0, given);
  else if (Array.isArray(args.ids)) size = args.ids.length;
  return 1 + size * childComplexity;
};

/** The estimated cost of an operation (exported for tests and for measuring our own queries). */
export function operationCost(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [pageEstimator] });
}

// Each request's measured cost, kept for the warn line of an operation that ran out of database memory.
const costs = new WeakMap<object, number>();

/** The estimated cost of the request whose context this is, once it has been measured. */
export function measuredCost(contextValue: object): number | undefined {
  return costs.get(contextValue);
}

/** Rejects an operation whose estimated cost is above `maxCost`, before it runs. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          let cost: number;
          try {
            cost = operationCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch {
            return; // bad variables: execution reports them with its own, clearer error
          }
          costs.set(contextValue, cost);
          if (cost > maxCost) throw limitError('cost', maxCost, cost);
        },
      };
    },
  };
}
