/**
 * Hostile GraphQL: what one request may ask for, and what production mode shows. Through HTTP, as a client
 * sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../runtime/config.js';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
type Server = Awaited<ReturnType<typeof startTestServer>>;
const servers: Server[] = [];

interface GraphqlBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

async function serve(env: Record<string, string> = {}): Promise<string> {
  const server = await startTestServer(db.executor, env);
  servers.push(server);
  return `${await server.listen()}/graphql`;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: GraphqlBody | undefined;
  try {
    json = JSON.parse(text) as GraphqlBody;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

const defaults = loadConfig({}).limits;
let url: string;

beforeAll(async () => {
  url = await serve();
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await db.close();
});

describe('limits on one request', () => {
  it('when a query is deeper than the limit, then it is refused with 400 and a message naming the limit and its value', async () => {
    let selection = 'name';
    for (let level = 0; level < defaults.maxDepth; level += 1) selection = `parent { ${selection} }`;
    const { status, json } = await post(url, { query: `{ organization(name: "ICE") { ${selection} } }` });

    expect(status).toBe(400);
    expect(json?.data).toBeUndefined();
    expect(json?.errors?.[0]?.message).toBe(
      `The depth limit of ${defaults.maxDepth} is exceeded (this one has ${defaults.maxDepth + 2}); see GRAPHQL_MAX_DEPTH.`,
    );
    expect(json?.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: { name: 'depth', max: defaults.maxDepth },
    });
  });

  it('when fragments hide the depth, then it is counted through them', async () => {
    let fragments = 'fragment F0 on Organization { name }';
    for (let level = 1; level <= defaults.maxDepth; level += 1)
      fragments += `\nfragment F${level} on Organization { parent { ...F${level - 1} } }`;
    const { status, json } = await post(url, {
      query: `{ organization(name: "ICE") { ...F${defaults.maxDepth} } }\n${fragments}`,
    });

    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions?.limit).toMatchObject({ name: 'depth' });
  });

  it('when nested pages multiply past the cost limit, then it is refused before anything runs, naming the cost', async () => {
    const query = `query($n: Int) { people(first: $n) { edges { node { quotes(first: $n) { edges { node { evidence { article { people(first: $n) { edges { node { name } } } } } } } } } } } }`;

    const refused = await post(url, { query, variables: { n: 100 } });
    const small = await post(url, { query, variables: { n: 2 } });

    expect(refused.status).toBe(400);
    expect(refused.json?.errors?.[0]?.message).toMatch(
      new RegExp(
        `^The cost limit of ${defaults.maxCost} is exceeded \\(this one has \\d+\\); see GRAPHQL_MAX_COST\\.$`,
      ),
    );
    expect(refused.json?.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: { name: 'cost', max: defaults.maxCost },
    });
    expect(small.json?.errors).toBeUndefined();
  });

  it('when a query has more aliases than the limit, then it is refused, naming the limit', async () => {
    const aliases = Array.from({ length: defaults.maxAliases + 1 }, (_, index) => `a${index}: __typename`).join(' ');
    const { status, json } = await post(url, { query: `{ ${aliases} }` });

    expect(status).toBe(400);
    expect(json?.errors?.[0]?.message).toBe(
      `The aliases limit of ${defaults.maxAliases} is exceeded (this one has ${defaults.maxAliases + 1}); see GRAPHQL_MAX_ALIASES.`,
    );
  });

  it('when a query has more directives than the limit, then it is refused, naming the limit', async () => {
    const directives = Array.from({ length: defaults.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    const { status, json } = await post(url, { query: `{ __typename ${directives} }` });

    expect(status).toBe(400);
    expect(json?.errors?.[0]?.message).toBe(
      `The directives limit of ${defaults.maxDirectives} is exceeded (this one has ${defaults.maxDirectives + 1}); see GRAPHQL_MAX_DIRECTIVES.`,
    );
  });

  it('when a document has more tokens than the limit, then parsing stops and the error names the limit', async () => {
    const { status, json } = await post(url, { query: `{ ${'__typename '.repeat(defaults.maxTokens)} }` });

    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(json?.errors?.[0]?.message).toMatch(new RegExp(`more tha[nt] ${defaults.maxTokens} tokens`)); // graphql-js spells it "more that"
  });

  it('when fragments spread each other in a cycle, then graphql-js validation refuses the query', async () => {
    const { status, json } = await post(url, {
      query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    });

    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json?.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('when the requests of a batch are sent as an array, then the batch is refused', async () => {
    const { status, text } = await post(url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);

    expect(status).toBe(400);
    expect(text).toMatch(/batch/i);
  });

  it('when the limits are configured lower, then the configured values apply', async () => {
    const strict = await serve({ GRAPHQL_MAX_DEPTH: '2', HTTP_MAX_BODY_KB: '1' });

    const deep = await post(strict, { query: '{ stats { articles } articles { totalCount } }' });
    const deeper = await post(strict, { query: '{ articles { edges { node { title } } } }' });
    const big = await post(strict, { query: `{ __typename }`, variables: { padding: 'x'.repeat(2048) } });

    expect(deep.json?.errors).toBeUndefined();
    expect(deeper.json?.errors?.[0]?.message).toBe(
      'The depth limit of 2 is exceeded (this one has 4); see GRAPHQL_MAX_DEPTH.',
    );
    expect(big.status).toBe(413);
  });

  it('when the body is larger than the default 100 kB, then it is refused with 413', async () => {
    const { status } = await post(url, {
      query: '{ __typename }',
      variables: { padding: 'x'.repeat(defaults.maxBodyBytes) },
    });

    expect(status).toBe(413);
  });
});

describe('production mode', () => {
  let production: string;
  beforeAll(async () => {
    production = await serve({ NODE_ENV: 'production', CORS_ORIGINS: 'https://app.example.org' });
  });

  it('when introspection is asked in production, then it is refused; with GRAPHQL_INTROSPECTION=true it answers', async () => {
    const query = '{ __schema { queryType { name } } }';
    const refused = await post(production, { query });
    const allowed = await post(await serve({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }), { query });

    expect(refused.status).toBe(400);
    expect(refused.json?.errors?.[0]?.message).toMatch(/introspection/i);
    expect(allowed.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('when a field is misspelt in production, then no field name is suggested; in development it is', async () => {
    const query = '{ artcles { totalCount } }';

    const hidden = await post(production, { query });
    const shown = await post(url, { query });

    expect(hidden.json?.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(hidden.text).not.toContain('"articles"');
    expect(shown.json?.errors?.[0]?.message).toMatch(/Did you mean "articles"/);
  });

  it('when a request fails in production, then no stack trace is sent; in development it is', async () => {
    const query = '{ articles(first: 1000) { totalCount } }';

    const hidden = await post(production, { query });
    const shown = await post(url, { query });

    expect(hidden.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(hidden.text).not.toMatch(/stacktrace|\.ts:\d+/);
    expect(shown.json?.errors?.[0]?.extensions?.stacktrace).toBeDefined();
  });

  it('when a simple cross-site request arrives (CSRF), then a text/plain or form POST is refused with 415 while a GET query is answered and a GET mutation is refused', async () => {
    const textPlain = await fetch(production, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const form = await fetch(production, { method: 'POST', body: new URLSearchParams({ query: '{ __typename }' }) });
    const get = await fetch(`${production}?query=${encodeURIComponent('{ __typename }')}`);
    const mutation = await fetch(`${production}?query=${encodeURIComponent('mutation { deleteArticle(id: "x") }')}`);

    expect(textPlain.status).toBe(415);
    expect(((await textPlain.json()) as GraphqlBody).errors?.[0]).toMatchObject({
      message: expect.stringContaining('Content-Type: application/json'),
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(form.status).toBe(415);
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    expect(mutation.status).toBe(405);
  });

  it('when a browser from an allowed origin asks, then CORS allows it; from another origin it does not', async () => {
    const allowed = await post(production, { query: '{ __typename }' }, { origin: 'https://app.example.org' });
    const other = await post(production, { query: '{ __typename }' }, { origin: 'https://evil.example.com' });
    const preflight = await fetch(production, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });

    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('when a page larger than the maximum is asked, then it is BAD_USER_INPUT naming the bound and its variable', async () => {
    const { json } = await post(production, { query: '{ people(first: 101) { totalCount } }' });

    expect(json?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(json?.errors?.[0]?.message).toBe(
      '`first` must be between 0 and 100 (the page size limit, set by MAX_PAGE_SIZE), got 101.',
    );
  });

  it('when MAX_PAGE_SIZE is set, then every list follows it: top-level, nested, backward and search', async () => {
    await ingestSampleCorpus(db.executor, testLogger);
    const small = await serve({ MAX_PAGE_SIZE: '5' });
    const refused = async (query: string) => (await post(small, { query })).json?.errors?.[0];

    const allowed = await post(small, {
      query: '{ people(first: 5) { edges { node { name } } } search(query: "ICE", first: 5) { edges { kind } } }',
    });

    expect(allowed.json?.errors).toBeUndefined();
    expect(await refused('{ people(first: 6) { totalCount } }')).toMatchObject({
      message: '`first` must be between 0 and 5 (the page size limit, set by MAX_PAGE_SIZE), got 6.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
    expect((await refused('{ quotes(last: 6) { totalCount } }'))?.message).toMatch(
      /^`last` must be between 0 and 5 \(the page size limit, set by MAX_PAGE_SIZE\), got 6\.$/,
    );
    expect(
      (await refused('{ articles(first: 1) { edges { node { people(first: 6) { totalCount } } } } }'))?.extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    expect((await refused('{ search(query: "ICE", first: 6) { edges { kind } } }'))?.message).toContain(
      'between 0 and 5',
    );
  });
});
