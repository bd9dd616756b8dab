/**
 * Fair sharing: each client may send so many requests a second, plus a burst allowance per 10 seconds
 * (rate-limiter-flexible's BurstyRateLimiter: a steady rate and a reserve for spikes, kept in memory per
 * process). A client is its API key when it sends a valid one, otherwise its IP address. Queries are
 * counted in one budget; a keyed client's mutations in another, so loading articles does not eat into
 * its reads. Over budget, the request is refused before anything runs: HTTP 429 with `Retry-After` and a
 * GraphQL error `RATE_LIMITED` naming the setting.
 */
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimits } from '../runtime/config.js';
import { AppError, ErrorCode } from '../runtime/errors.js';
import { rateLimited } from '../runtime/metrics.js';
import type { Context } from '../resolvers/index.js';

const BURST_WINDOW_SECONDS = 10;

type Limiter = Pick<RateLimiterMemory, 'consume'>;

function limiter(name: string, perSecond: number, burst: number): Limiter {
  const steady = new RateLimiterMemory({ keyPrefix: name, points: perSecond, duration: 1 });
  if (burst === 0) return steady;
  return new BurstyRateLimiter(
    steady,
    new RateLimiterMemory({ keyPrefix: `${name}-burst`, points: burst, duration: BURST_WINDOW_SECONDS }),
  );
}

/** How a request's client is named for its budget: never the key itself, which must not sit in memory dumps or logs. */
export function clientName(validKey: string | undefined, ip: string | undefined): string {
  if (validKey) return `key:${createHash('sha256').update(validKey, 'utf8').digest('hex').slice(0, 16)}`;
  return `ip:${ip ?? 'unknown'}`;
}

export function rateLimitedError(kind: 'read' | 'mutation', limits: RateLimits, retryAfterSeconds: number): AppError {
  const [perSecond, burst, variable] =
    kind === 'read'
      ? [limits.readsPerSecond, limits.readBurst, 'RATE_LIMIT_READS_PER_SECOND']
      : [limits.mutationsPerSecond, limits.mutationBurst, 'RATE_LIMIT_MUTATIONS_PER_SECOND'];
  return new AppError(
    ErrorCode.RATE_LIMITED,
    `Too many ${kind === 'read' ? 'requests' : 'mutations'} from this client: at most ${perSecond} a second plus ${burst} more in any ${BURST_WINDOW_SECONDS} seconds (see ${variable}); retry in ${retryAfterSeconds} s.`,
    { retryAfterSeconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) } },
  );
}

export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<Context> {
  const reads = limiter('reads', limits.readsPerSecond, limits.readBurst);
  const mutations = limiter('mutations', limits.mutationsPerSecond, limits.mutationBurst);
  return {
    async requestDidStart() {
      return {
        // Once the operation is known (a mutation is budgeted apart) and before anything runs.
        async didResolveOperation({ operation, contextValue }) {
          // A mutation without a valid key is refused without touching the database, like a read.
          const kind =
            operation?.operation === OperationTypeNode.MUTATION && contextValue.authenticated ? 'mutation' : 'read';
          try {
            await (kind === 'mutation' ? mutations : reads).consume(contextValue.client);
          } catch (rejection) {
            if (!(rejection instanceof RateLimiterRes)) throw rejection;
            rateLimited.inc({ kind });
            throw rateLimitedError(kind, limits, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
          }
        },
      };
    },
  };
}
