/**
 * Every error a client can see carries one of these codes in `extensions.code`. Anything else is
 * reported as INTERNAL_SERVER_ERROR by Apollo, with details hidden in production.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_BUSY: 'DATABASE_BUSY',
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  /** The client sent more requests than its share (HTTP 429, with Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, cause?: unknown) {
    super(message, { extensions: { ...extensions, code }, originalError: cause instanceof Error ? cause : undefined });
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `No ${what} with id "${id}".`, { id });
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, argument?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
  }
}

/** No key and a wrong key are told apart, so a client with a stale key knows to replace it. */
export class UnauthenticatedError extends AppError {
  constructor(keySent = false) {
    super(
      ErrorCode.UNAUTHENTICATED,
      keySent
        ? 'The API key sent is not one this server accepts (API_KEYS); check the key, or ask for a new one.'
        : 'This operation needs an API key: send "Authorization: Bearer <key>" or "x-api-key: <key>".',
      { reason: keySent ? 'INVALID_KEY' : 'MISSING_KEY' },
    );
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(cause?: unknown) {
    super(
      ErrorCode.DATABASE_UNAVAILABLE,
      'The graph database is not reachable right now; retry in a few seconds.',
      {},
      cause,
    );
  }
}

/** Neo4j's memory for transactions is all in use by other requests: this one may succeed in a moment. */
export class DatabaseBusyError extends AppError {
  constructor(cause?: unknown) {
    super(
      ErrorCode.DATABASE_BUSY,
      'The graph database has no memory to spare for this request right now; retry in a few seconds.',
      {},
      cause,
    );
  }
}

/** The request needs more memory than one transaction may hold (NEO4J_TX_MEMORY): retrying will not help. */
export class RequestTooLargeError extends AppError {
  constructor(cause?: unknown) {
    super(
      ErrorCode.REQUEST_TOO_LARGE,
      'This request needs more database memory than one request may use; ask for less (smaller pages, fewer nested lists).',
      {},
      cause,
    );
  }
}

/** The code an error carries in its extensions, as clients see it; an error without one is internal. */
export function errorCodeOf(error: { readonly extensions?: Readonly<Record<string, unknown>> | undefined }): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}
