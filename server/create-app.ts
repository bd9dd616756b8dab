/**
 * The HTTP side: Express serving `/graphql` (Apollo Server), the offline playground, `/health` and
 * `/ready`. Returns the app and a `stop()` that drains Apollo.
 */
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Executor } from '../db/executor.js';
import { EMPTY_CURATION, type Curation } from '../loaders/resolve/curation.js';
import { createContext, createSchema, type Context } from '../resolvers/index.js';
import type { Config } from '../runtime/config.js';
import { ErrorCode, errorCodeOf } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { isValidKey, presentedKey } from './api-key.js';
import { corsOptions } from './cors.js';
import { explorer } from './explorer.js';
import { exportRoute } from './export-route.js';
import { health, readiness } from './health.js';
import { httpErrorHandler, requireJsonPost } from './http-errors.js';
import { costLimitPlugin, limitRules } from './limits.js';
import { metricsEndpoint } from './metrics-endpoint.js';
import { operatorSignalsPlugin } from './operator-signals.js';
import { playground } from './playground.js';
import { clientName, rateLimitPlugin } from './rate-limit.js';

export interface App {
  readonly app: Express;
  readonly apollo: ApolloServer<Context>;
  stop: () => Promise<void>;
}

// Ours (every code an AppError carries) and Apollo's request errors: passed on as they are.
const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export async function createApp(
  config: Config,
  executor: Executor,
  logger: Logger,
  curation: Curation = EMPTY_CURATION,
): Promise<App> {
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: config.production && !config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    // Off on purpose, replaced by `requireJsonPost` (see README, "Browsers, CORS and CSRF"): Apollo's rule
    // refuses every GET without a custom header, which breaks urql's and Relay's defaults, and protects
    // ambient credentials (cookies) this API does not have.
    csrfPrevention: false,
    // bin/start.ts owns SIGINT/SIGTERM and stops Apollo once the HTTP server is drained. Apollo's own
    // handler would call stop() at the same moment, and a stop() called while another runs waits for ever.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    validationRules: limitRules(config.limits),
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No type or field has a cache hint, and the default plugin wraps every field's resolver to read
      // them: 2% of the server's CPU on a neighbourhood of 50 nodes.
      ApolloServerPluginCacheControlDisabled(),
      operatorSignalsPlugin(logger),
      ...(config.rateLimits.enabled ? [rateLimitPlugin(config.rateLimits)] : []),
      costLimitPlugin(config.limits.maxCost),
    ],
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const code = errorCodeOf(formatted);
      if (KNOWN_CODES.has(code)) return formatted;
      logger.error({ err: error }, 'unexpected error while resolving a request');
      return config.production
        ? { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
        : formatted;
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, req.ip (a client's name for its rate limit) comes from X-Forwarded-For.
  app.set('trust proxy', config.rateLimits.trustedProxies);
  app.get('/health', health);
  app.get('/ready', readiness(executor));
  app.get('/metrics', metricsEndpoint(executor));
  app.use('/playground', playground());
  app.use('/explorer', explorer());
  app.get('/export', exportRoute(executor, logger));
  app.get('/', (_req, res) => res.redirect('/explorer/'));
  // A browser opening /graphql gets the playground; API clients (POST, or GET with JSON) get GraphQL.
  app.get('/graphql', (req, res, next) =>
    req.accepts(['application/json', 'text/html']) === 'text/html' ? res.redirect('/playground/') : next(),
  );
  app.use(
    '/graphql',
    cors(corsOptions(config)),
    requireJsonPost,
    express.json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const key = presentedKey(req.headers);
        const authenticated = isValidKey(key, config.apiKeys);
        return createContext(executor, authenticated, {
          client: clientName(authenticated ? key : undefined, req.ip),
          keySent: key !== undefined,
          curation,
          requestId: req.get('x-request-id') ?? undefined,
          maxPageSize: config.limits.maxPageSize,
        });
      },
    }),
  );
  app.use(httpErrorHandler(logger));
  return { app, apollo, stop: () => apollo.stop() };
}
