import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getIntrospectionQuery,
  Kind,
  Lexer,
  Source,
  TokenKind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../runtime/config.js';
import { limitRules, operationCost } from '../../server/limits.js';
import { readExamples } from '../../server/playground.js';
import { createSchema } from '../../resolvers/build-schema.js';

/** Queries an explorer app makes besides the saved examples: a person page, an article page, a figure, a graph. */
export const EXPLORER_QUERIES: Record<string, string> = {
  personPage: `query PersonPage($id: ID!) {
    node(id: $id) { id ... on Person {
      name aliases titles quoteCount
      roles { title former organization { id name acronym parent { id name } } }
      quotes(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
        id kind text speaker { ... on Person { id name } ... on Organization { id name } }
        evidence { text sentence start end confidence article { id title outlet publishedAt url } } } } }
      claims(first: 20) { totalCount edges { node { id text evidence { sentence article { id title } } } } }
      statistics(first: 20) { edges { node { id name value unit period citations(first: 5) { edges { node { article { id title } source { ... on Person { name } } } } } } } }
      articles(first: 20) { totalCount edges { node { id title outlet publishedAt } } }
    } }
  }`,
  articlePage: `query ArticlePage($id: ID!) {
    article(id: $id) { id title outlet author url publishedAt text
      boilerplate { kind start end }
      people(first: 50) { edges { node { id name } } }
      organizations(first: 50) { edges { node { id name acronym } } }
      quotes(first: 50) { edges { node { id kind text speaker { ... on Person { id name } ... on Organization { id name } ... on AnonymousSource { id description speaksFor { id name } } } evidence { start end sentence } } } }
      statistics(first: 50) { edges { node { id name value valueHigh unit qualifier period
        reportedBy { ... on Person { id name } ... on Organization { id name } }
        citations(first: 10) { totalCount edges { node { source { ... on Person { id name } ... on Organization { id name } } evidence { sentence article { id title } } } } }
        disagreements { id value unit } } } }
    }
  }`,
  neighborhood: `query Graph($id: ID!) {
    neighborhood(id: $id, depth: 2, first: 200) { nodes { id kind label } edges { id from to type label } }
  }`,
  organizationPage: `query OrgPage {
    organization(name: "ICE") { id name acronym kind parent { id name parent { id name } }
      subOrganizations(first: 20) { edges { node { id name } } }
      people(first: 20) { edges { node { title former person { id name quotes(first: 5) { edges { node { text evidence { article { title } } } } } } } } }
      quotes(first: 20, scope: ALL) { edges { node { text speaker { ... on AnonymousSource { description } } evidence { sentence article { id title } } } } }
    }
  }`,
};

function tokensOf(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

interface Measured {
  name: string;
  tokens: number;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

const measured: Measured[] = [
  ...readExamples().flatMap((example) => {
    const document = parse(example.query);
    return document.definitions
      .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => ({
        name: `examples/${example.name}: ${operation.name?.value}`,
        tokens: tokensOf(example.query),
        document,
        operationName: operation.name?.value,
        variables: example.variables ? JSON.parse(example.variables) : {},
      }));
  }),
  // What GraphiQL (the playground) asks first.
  ...[
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    }),
  ].map((query) => ({
    name: 'playground introspection',
    tokens: tokensOf(query),
    document: parse(query),
    operationName: undefined,
    variables: {},
  })),
  ...Object.entries(EXPLORER_QUERIES).map(([name, query]) => ({
    name: `explorer ${name}`,
    tokens: tokensOf(query),
    document: parse(query),
    operationName: undefined,
    variables: { id: 'x' },
  })),
];

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/** The depth graphql-armor counts (with the options the server uses), read through its onAccept callback. */
function depthOf(document: DocumentNode): number {
  let depth = 0;
  const rules = new ApolloArmor({
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxDepth: {
      n: 1_000,
      flattenFragments: true,
      propagateOnRejection: false,
      onAccept: [(_ctx, { n }: { n: number }) => (depth = Math.max(depth, n))],
    },
  }).protect().validationRules;
  validate(schema, document, rules);
  return depth;
}

describe('GraphQL limits against our own queries', () => {
  it('when the examples and explorer queries are measured, then each is valid and within the default limits with a margin', () => {
    const { limits } = loadConfig({});
    const table = measured.map((query) => ({
      query: query.name,
      depth: depthOf(query.document),
      tokens: query.tokens,
      cost: operationCost(schema, query.document, query.variables, query.operationName),
      errors: validate(schema, query.document).map((error) => error.message),
    }));
    console.table(table.map(({ errors: _errors, ...row }) => row));

    for (const row of table) {
      expect(row.errors, row.query).toEqual([]);
      expect(row.depth, row.query).toBeLessThanOrEqual(limits.maxDepth - 3);
      expect(row.cost, row.query).toBeLessThanOrEqual(limits.maxCost / 2);
      expect(row.tokens, row.query).toBeLessThanOrEqual(limits.maxTokens / 2);
    }
  });

  it('when the server rules run on a query deeper than the limit, then one error names the limit and its value', () => {
    const { limits } = loadConfig({ GRAPHQL_MAX_DEPTH: '3' });
    const errors = validate(
      schema,
      parse('{ person(name: "x") { roles { organization { parent { name } } } } }'),
      limitRules(limits),
    );

    expect(errors.map((error) => error.message)).toEqual([
      'The depth limit of 3 is exceeded (this one has 5); see GRAPHQL_MAX_DEPTH.',
    ]);
    expect(errors[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: { name: 'depth', max: 3, found: 5 },
    });
  });

  it('when a connection is nested in a connection, then the cost multiplies their page sizes', () => {
    const cost = (query: string, variables = {}) => operationCost(schema, parse(query), variables);

    expect(cost('{ people(first: 10) { edges { node { name } } } }')).toBe(1 + 10 * 3);
    expect(
      cost(
        'query($n: Int) { people(first: $n) { edges { node { quotes(first: 100) { edges { node { text } } } } } } }',
        { n: 100 },
      ),
    ).toBe(1 + 100 * (1 + 1 + (1 + 100 * 3)));
    expect(cost('{ people { edges { node { name } } } }')).toBe(1 + 20 * 3); // no size: the default page of 20
  });
});

describe('limit configuration', () => {
  it('when nothing is set, then the documented defaults apply', () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 15,
      maxCost: 50_000,
      maxAliases: 30,
      maxDirectives: 50,
      maxTokens: 2_000,
      maxBodyBytes: 100 * 1024,
      maxPageSize: 100,
    });
  });

  it('when the limits are set, then they are read', () => {
    const { limits } = loadConfig({
      GRAPHQL_MAX_DEPTH: '20',
      GRAPHQL_MAX_COST: '1000',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_DIRECTIVES: '5',
      GRAPHQL_MAX_TOKENS: '500',
      HTTP_MAX_BODY_KB: '1',
      MAX_PAGE_SIZE: '50',
    });

    expect(limits).toEqual({
      maxDepth: 20,
      maxCost: 1000,
      maxAliases: 0,
      maxDirectives: 5,
      maxTokens: 500,
      maxBodyBytes: 1024,
      maxPageSize: 50,
    });
  });

  it.each([
    ['GRAPHQL_MAX_DEPTH', 'deep', 'an integer from 1 to 1000'],
    ['GRAPHQL_MAX_DEPTH', '0', 'an integer from 1 to 1000'],
    ['GRAPHQL_MAX_COST', '-5', 'an integer from 1 to 100000000'],
    ['GRAPHQL_MAX_TOKENS', '10', 'an integer from 100 to 1000000'],
    ['HTTP_MAX_BODY_KB', '1.5', 'an integer from 1 to 10240'],
    ['MAX_PAGE_SIZE', '100000', 'an integer from 1 to 10000'],
  ])('when %s is %j, then the error names the variable and what is expected', (variable, value, expected) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(
      `${variable}: expected ${expected}, got ${JSON.stringify(value)}`,
    );
  });
});
