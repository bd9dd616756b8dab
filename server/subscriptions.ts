/**
 * GraphQL over WebSocket (the graphql-ws protocol that Apollo Client's GraphQLWsLink, urql and Relay
 * speak) on the HTTP server's own port and path, `/graphql`. Bounded like HTTP requests:
 * - every operation passes the same token, depth, alias, directive and cost limits as a query;
 * - at most LIVE_MAX_CONNECTIONS connections: one more is closed at once with 1013 (try again later);
 * - at most LIVE_MAX_SUBSCRIPTIONS operations per connection: one more gets an error naming the limit;
 * - every connection is pinged each LIVE_HEARTBEAT_MS and closed when it stops answering;
 * - `close()` (SIGTERM) stops the events, ends every subscription and closes each connection with 1001
 *   (going away), so clients are told and reconnect elsewhere.
 * Events come from the change log (live/change-poller.ts), so they reach subscribers after commit.
 */
import type { Server } from 'node:http';
import {
  GraphQLError,
  execute,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Executor } from '../db/executor.js';
import { startChangePoller } from '../live/change-poller.js';
import { liveEvents, type EventHub } from '../live/event-hub.js';
import { EMPTY_CURATION, type Curation } from '../loaders/resolve/curation.js';
import { createContext, createSchema } from '../resolvers/index.js';
import type { Config } from '../runtime/config.js';
import type { Logger } from '../runtime/logger.js';
import { limitError, limitRules, operationCost } from './limits.js';

export const CLOSE_GOING_AWAY = 1001;
export const CLOSE_TRY_AGAIN_LATER = 1013;
/** How long clients have to answer the closing handshake at shutdown. */
const CLOSE_DEADLINE_MS = 2_000;

export interface Subscriptions {
  readonly events: EventHub;
  readonly connections: () => number;
  /** Stops the events and closes every connection, telling each client why. */
  close(): Promise<void>;
}

function subscriptionLimitError(max: number): GraphQLError {
  return new GraphQLError(
    `The subscriptions limit of ${max} per connection is reached; complete one first, or see LIVE_MAX_SUBSCRIPTIONS.`,
    {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'subscriptions', max } },
    },
  );
}

/** The checks an HTTP request passes before it runs, for an operation sent over the socket. */
function checkOperation(
  schema: GraphQLSchema,
  config: Config,
  query: string,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): DocumentNode | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: config.limits.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && /token limit/i.test(error.message))
      return [limitError('tokens', config.limits.maxTokens, undefined)];
    return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitRules(config.limits)]);
  if (errors.length > 0) return errors;
  try {
    const cost = operationCost(schema, document, variables, operationName);
    if (cost > config.limits.maxCost) return [limitError('cost', config.limits.maxCost, cost)];
  } catch {
    // Bad variables: execution reports them with its own, clearer error.
  }
  return document;
}

export async function startSubscriptions(
  server: Server,
  config: Config,
  executor: Executor,
  logger: Logger,
  curation: Curation = EMPTY_CURATION,
): Promise<Subscriptions> {
  const schema = await createSchema();
  const events = liveEvents;
  const poller = startChangePoller(executor, events, { intervalMs: config.live.pollMs, logger });
  const sockets = new WebSocketServer({ server, path: '/graphql', maxPayload: config.limits.maxBodyBytes });
  let closing = false;
  let closed: Promise<void> | undefined;

  // Ahead of graphql-ws's own listener, so a connection over the limit is refused before it is served.
  sockets.on('connection', (socket) => {
    if (closing) socket.close(CLOSE_GOING_AWAY, 'server shutting down');
    else if (sockets.clients.size > config.live.maxConnections) {
      socket.close(
        CLOSE_TRY_AGAIN_LATER,
        `connection limit of ${config.live.maxConnections} reached (LIVE_MAX_CONNECTIONS); try again later`,
      );
    }
  });

  const disposable = useServer(
    {
      schema,
      execute,
      subscribe,
      onSubscribe(ctx, _id, payload) {
        if (Object.keys(ctx.subscriptions).length >= config.live.maxSubscriptions)
          return [subscriptionLimitError(config.live.maxSubscriptions)];
        const variables = payload.variables ?? {};
        const operationName = payload.operationName ?? undefined;
        const checked = checkOperation(schema, config, payload.query, variables, operationName);
        if (!('kind' in checked)) return checked;
        return {
          schema,
          document: checked,
          variableValues: variables,
          operationName,
          // Over the socket nothing is authenticated: mutations stay behind an API key on HTTP.
          contextValue: createContext(executor, false, { curation, maxPageSize: config.limits.maxPageSize }),
        };
      },
    },
    sockets,
    config.live.heartbeatMs,
  );

  return {
    events,
    connections: () => sockets.clients.size,
    close() {
      closed ??= shutdown();
      return closed;
    },
  };

  async function shutdown(): Promise<void> {
    closing = true;
    await poller.stop();
    // Subscriptions complete first (each client gets `complete`), on the next turns of the event loop.
    events.endAll();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Then each connection is closed with 1001; a client that does not answer the closing handshake in
    // time is cut, so shutdown never hangs on it.
    const cut = setTimeout(() => sockets.clients.forEach((socket) => socket.terminate()), CLOSE_DEADLINE_MS);
    await disposable.dispose();
    clearTimeout(cut);
  }
}
