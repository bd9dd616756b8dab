import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../runtime/config.js';
import { createApp } from '../../server/create-app.js';
import { startSubscriptions, type Subscriptions } from '../../server/subscriptions.js';
import { mayorArticle, uniqueName, uniqueSurname } from '../support/articles.js';
import { runBin } from '../support/bin-process.js';
import { openTestDatabase, testLogger } from '../support/database.js';

const db = openTestDatabase();
const KEY = 'live-test-key';
const config = loadConfig({
  NODE_ENV: 'test',
  API_KEYS: KEY,
  LIVE_POLL_MS: '50',
  LIVE_MAX_CONNECTIONS: '4',
  LIVE_MAX_SUBSCRIPTIONS: '3',
  GRAPHQL_MAX_DEPTH: '8',
});
let http: Server;
let live: Subscriptions;
let stopApp: () => Promise<void>;
let url: string;
const clients: Client[] = [];

beforeAll(async () => {
  const { app, stop } = await createApp(config, db.executor, testLogger);
  stopApp = stop;
  http = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => http.once('listening', resolve));
  live = await startSubscriptions(http, config, db.executor, testLogger);
  url = `127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await Promise.all(clients.map(async (client) => client.dispose()));
  await live.close();
  await new Promise((resolve) => http.close(resolve));
  await stopApp();
  await db.close();
});

function client(): Client {
  const made = createClient({ url: `ws://${url}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  clients.push(made);
  return made;
}

interface Sink<T> {
  readonly events: T[];
  readonly errors: unknown[];
  completed: boolean;
  stop(): void;
}

function subscribe<T>(
  on: Client,
  query: string,
  variables: Record<string, unknown> = {},
  onEvent?: (event: T) => void,
): Sink<T> {
  const sink: Sink<T> = { events: [], errors: [], completed: false, stop: () => undefined };
  sink.stop = on.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) sink.errors.push(...value.errors);
        if (value.data) {
          sink.events.push(value.data);
          onEvent?.(value.data);
        }
      },
      error: (error) => (Array.isArray(error) ? sink.errors.push(...(error as unknown[])) : sink.errors.push(error)),
      complete: () => (sink.completed = true),
    },
  );
  return sink;
}

async function until<T>(what: string, check: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = check();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`http://${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const ARTICLES = `subscription { articleIngested { sequence change article { id title outlet people(first: 10) { edges { node { name } } } quotes(first: 10) { edges { node { text } } } } } }`;

interface ArticleEvent {
  articleIngested: {
    sequence: number;
    change: string;
    article: {
      id: string;
      title: string;
      outlet: string | null;
      people: { edges: { node: { name: string } }[] };
      quotes: { edges: { node: { text: string } }[] };
    } | null;
  };
}

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome article { id } } }`;

describe('subscriptions over WebSocket (graphql-ws)', () => {
  it('when an article is loaded through the mutation while subscribed, then articleIngested arrives once, with its people and quotes, and the article is readable when it does', async () => {
    const surname = uniqueSurname();
    const outlet = uniqueName('live-mutation');
    const readable: boolean[] = [];
    const sink = subscribe<ArticleEvent>(client(), ARTICLES, {}, (event) => {
      // At the moment of delivery, an ordinary query finds the article.
      if (event.articleIngested.article?.outlet === outlet) {
        void graphql<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', {
          id: event.articleIngested.article.id,
        }).then((data) => readable.push(data.node !== null));
      }
    });
    await sleep(200);

    await graphql(INGEST, { input: { text: mayorArticle(surname), title: `Mayor ${surname} speaks`, outlet } });
    const mine = () => sink.events.filter((event) => event.articleIngested.article?.outlet === outlet);
    const [event] = await until('the article event', () => mine().length > 0 && mine());
    await graphql(INGEST, { input: { text: mayorArticle(surname), title: `Mayor ${surname} speaks`, outlet } });
    await sleep(800);

    expect(mine()).toHaveLength(1);
    expect(event!.articleIngested).toMatchObject({ change: 'NEW', article: { title: `Mayor ${surname} speaks` } });
    expect(event!.articleIngested.article!.people.edges.map((edge) => edge.node.name)).toContain(`Elena ${surname}`);
    expect(event!.articleIngested.article!.quotes.edges.map((edge) => edge.node.text)).toContainEqual(
      expect.stringContaining('We will not cooperate'),
    );
    await until('the read at delivery', () => readable.length > 0);
    expect(readable).toEqual([true]);
    expect(sink.errors).toEqual([]);
    sink.stop();
  });

  it('when Apollo Client subscribes through GraphQLWsLink and an article is loaded, then its observable emits the article once', async () => {
    const outlet = uniqueName('live-apollo');
    const apollo = new ApolloClient({ link: new GraphQLWsLink(client()), cache: new InMemoryCache() });
    const seen: string[] = [];
    const subscription = apollo
      .subscribe<{ articleIngested: { article: { id: string; outlet: string | null } | null } }>({
        query: gql`
          subscription {
            articleIngested {
              article {
                id
                outlet
              }
            }
          }
        `,
      })
      .subscribe({
        next: (result) =>
          result.data?.articleIngested.article?.outlet === outlet && seen.push(result.data.articleIngested.article.id),
      });
    await sleep(300);

    await graphql(INGEST, { input: { text: mayorArticle(uniqueSurname()), outlet } });
    await until('the Apollo Client event', () => seen.length > 0);
    await sleep(500);

    expect(seen).toHaveLength(1);
    subscription.unsubscribe();
    apollo.stop();
  });

  it('when `npm run ingest` loads an article in another process, then subscribers of this server get it once', async () => {
    const outlet = uniqueName('live-cli');
    const sink = subscribe<ArticleEvent>(client(), ARTICLES);
    await sleep(200);

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsgraph-live-')), 'elsewhere.ndjson');
    writeFileSync(
      file,
      `${JSON.stringify({ title: 'Loaded elsewhere', outlet, text: mayorArticle(uniqueSurname()) })}\n`,
    );
    const exit = await runBin('ingest.ts', [file], { NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'warn' }).exited;
    rmSync(path.dirname(file), { recursive: true, force: true });

    expect(exit.code, exit.stderr).toBe(0);
    const mine = () => sink.events.filter((event) => event.articleIngested.article?.outlet === outlet);
    await until('the event from the other process', () => mine().length > 0);
    await sleep(800);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.articleIngested.article!.title).toBe('Loaded elsewhere');
    sink.stop();
  });

  it('when an alias is added to a person, then entityChanged(id) for that person arrives with the alias, and other ids hear nothing', async () => {
    const surname = uniqueSurname();
    const on = client();
    // The load's own events (the person UPDATED) are published when the change log is next read, which
    // may be after the entity subscription below starts: wait for them first, so only the alias's is new.
    const loads = subscribe<{ articleIngested: { article: { id: string } | null } }>(
      on,
      'subscription { articleIngested { article { id } } }',
    );
    await sleep(200);
    const loaded = await graphql<{ ingestArticle: { article: { id: string } } }>(INGEST, {
      input: { text: mayorArticle(surname), outlet: uniqueName('live-entity') },
    });
    await until('the load event', () =>
      loads.events.some((event) => event.articleIngested.article?.id === loaded.ingestArticle.article.id),
    );
    loads.stop();
    const { article } = await graphql<{ article: { people: { edges: { node: { id: string } }[] } } }>(
      'query($id: ID!) { article(id: $id) { people(first: 5) { edges { node { id } } } } }',
      { id: loaded.ingestArticle.article.id },
    );
    const person = article.people.edges[0]!.node.id;
    const watched = subscribe<{ entityChanged: { change: string; id: string; node: { aliases?: string[] } | null } }>(
      on,
      'subscription($id: ID!) { entityChanged(id: $id) { change id node { ... on Person { aliases } } } }',
      { id: person },
    );
    const other = subscribe(on, 'subscription($id: ID!) { entityChanged(id: $id) { change } }', {
      id: Buffer.from('Person:person:nobody-else').toString('base64url'),
    });
    await sleep(200);

    await graphql('mutation($id: ID!) { addAlias(id: $id, alias: "The Mayor") { id } }', { id: person });
    const [event] = await until('the entity event', () => watched.events.length > 0 && watched.events);
    await sleep(500);

    expect(event!.entityChanged).toEqual({
      change: 'ALIAS_ADDED',
      id: person,
      node: { aliases: expect.arrayContaining(['The Mayor']) },
    });
    expect(watched.events).toHaveLength(1);
    expect(other.events).toEqual([]);
    watched.stop();
    other.stop();
  });

  it('when an operation is over a limit, then it is refused with the limit named, and a connection too many is closed with 1013', async () => {
    await Promise.all(clients.splice(0).map(async (made) => made.dispose()));
    await until('no connection left', () => live.connections() === 0);
    const on = client();
    const deep = subscribe(
      on,
      'subscription { articleIngested { article { people { edges { node { quotes { edges { node { article { title } } } } } } } } } }',
    );
    await until('the depth refusal', () => deep.errors.length > 0);
    expect(deep.errors[0]).toMatchObject({
      message: expect.stringContaining('The depth limit of 8 is exceeded'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });

    const held = [1, 2, 3].map(() => subscribe(on, 'subscription { articleIngested { sequence } }'));
    const fourth = subscribe(on, 'subscription { articleIngested { sequence } }');
    await until('the subscription limit', () => fourth.errors.length > 0);
    expect(fourth.errors[0]).toMatchObject({
      message:
        'The subscriptions limit of 3 per connection is reached; complete one first, or see LIVE_MAX_SUBSCRIPTIONS.',
    });
    held.forEach((sink) => sink.stop());

    // With every earlier connection gone, four are allowed (LIVE_MAX_CONNECTIONS) and the fifth is closed.
    await on.dispose();
    await until('no connection left', () => live.connections() === 0);
    const sockets: WebSocket[] = [];
    for (let i = 0; i < 5; i++) sockets.push(await openSocket());
    const closes = await Promise.all(sockets.map((socket) => closed(socket, 1_000)));
    expect(closes.slice(0, 4)).toEqual([null, null, null, null]);
    expect(closes[4]).toEqual({
      code: 1013,
      reason: 'connection limit of 4 reached (LIVE_MAX_CONNECTIONS); try again later',
    });
    sockets.forEach((socket) => socket.terminate());
    await until('no connection left', () => live.connections() === 0);
  });

  it('when the server shuts down, then each subscription is completed and each connection closed with 1001', async () => {
    const socket = await openSocket();
    const messages: { type: string }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data)) as { type: string }));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await until('the ack', () => messages.some((m) => m.type === 'connection_ack'));
    socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: 'subscription { articleIngested { sequence } }' },
      }),
    );
    await sleep(200);

    const closing = closed(socket, 10_000);
    await live.close();

    expect(await closing).toEqual({ code: 1001, reason: expect.any(String) });
    expect(messages).toContainEqual({ id: '1', type: 'complete' });
  });
});

function openSocket(): Promise<WebSocket> {
  const socket = new WebSocket(`ws://${url}/graphql`, 'graphql-transport-ws');
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** The close code and reason, or null if the socket is still open after `ms`. */
function closed(socket: WebSocket, ms: number): Promise<{ code: number; reason: string } | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    socket.once('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: reason.toString() });
    });
  });
}
