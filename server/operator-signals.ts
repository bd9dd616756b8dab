/**
 * What each GraphQL request tells an operator: its rate, latency and errors as Prometheus series, and a
 * warn line for each error that points at a database setting. DATABASE_BUSY says Neo4j's memory for
 * transactions was all in use (raise NEO4J_HEAP, or find the operation hogging it); REQUEST_TOO_LARGE says
 * one operation needed more than NEO4J_TX_MEMORY. Both name the operation and its estimated cost.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, errorCodeOf } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { graphqlDuration, graphqlErrors, graphqlRequests } from '../runtime/metrics.js';
import type { Context } from '../resolvers/index.js';
import { measuredCost } from './limits.js';

/** Operation names come from clients: past this many distinct ones, new names are counted as "other". */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const WARNED_CODES = new Set<string>([ErrorCode.DATABASE_BUSY, ErrorCode.REQUEST_TOO_LARGE]);

export function operatorSignalsPlugin(logger: Logger): ApolloServerPlugin<Context> {
  const seenNames = new Set<string>();
  /** A label for the operation that cannot grow the series without bound. */
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (seenNames.has(name)) return name;
    if (seenNames.size >= MAX_OPERATION_NAMES) return 'other';
    seenNames.add(name);
    return name;
  };
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      let operation = label(request.operationName);
      let type = 'unknown';
      return {
        async didResolveOperation(context) {
          operation = label(context.operationName);
          type = context.operation?.operation ?? 'unknown';
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = errorCodeOf(error);
            graphqlErrors.inc({ code });
            if (!WARNED_CODES.has(code)) continue;
            const setting = code === ErrorCode.DATABASE_BUSY ? 'NEO4J_HEAP' : 'NEO4J_TX_MEMORY';
            logger.warn(
              { code, operation, cost: measuredCost(contextValue) ?? null, requestId: contextValue.requestId, setting },
              `${code}: ${operation} ran out of database memory`,
            );
          }
        },
        async willSendResponse() {
          graphqlRequests.inc({ operation, type });
          graphqlDuration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
