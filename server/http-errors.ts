/**
 * Errors raised before GraphQL runs (an unreadable body, one over the size limit, a POST that is not
 * JSON) answered the way GraphQL errors are: `{ errors: [{ message, extensions: { code } }] }` as JSON,
 * never Express's HTML page with a stack trace, so a client's one error path handles them all.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../runtime/logger.js';

export const HttpErrorCode = {
  /** The request could not be read as GraphQL over HTTP (malformed JSON, wrong content type). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The body is larger than HTTP_MAX_BODY_KB. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

export function sendError(res: Response, status: number, code: HttpErrorCode, message: string): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * The one rule kept from CSRF prevention: a POST must say it is JSON. A page on another site can send a
 * form or `text/plain` POST without asking first (no preflight); it cannot send `application/json` unless
 * CORS lets it. Mutations also need an API key in a header, which no cross-site request can carry unasked.
 */
export const requireJsonPost: RequestHandler = (req, res, next) => {
  const sent = req.get('content-type');
  // The header itself, not `req.is()`, which says "no" for an empty body (that is Apollo's error to report).
  if (req.method !== 'POST' || sent?.split(';')[0]?.trim().toLowerCase() === 'application/json') return next();
  sendError(
    res,
    415,
    HttpErrorCode.BAD_REQUEST,
    `A POST to /graphql must have "Content-Type: application/json"${sent ? `, not "${sent}"` : ''}; send the query as JSON ({"query": "…"}), or use GET for a query.`,
  );
};

interface BodyParserError {
  readonly type?: string;
  readonly status?: number;
  readonly expose?: boolean;
  readonly message?: string;
  readonly length?: number;
  readonly limit?: number;
}

/** Express's last error handler: body-parser's errors by their `type`, anything else as a 500 with no details. */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.parse.failed') {
      return sendError(
        res,
        400,
        HttpErrorCode.BAD_REQUEST,
        `The request body is not valid JSON (${error.message ?? 'unreadable'}).`,
      );
    }
    if (error.type === 'entity.too.large') {
      const kb = Math.round((error.limit ?? 0) / 1024);
      return sendError(
        res,
        413,
        HttpErrorCode.PAYLOAD_TOO_LARGE,
        `The request body is ${error.length ?? 'more than'} bytes, over the limit of ${kb} kB (set by HTTP_MAX_BODY_KB).`,
      );
    }
    const status = error.status ?? 500;
    if (status >= 400 && status < 500)
      return sendError(
        res,
        status,
        HttpErrorCode.BAD_REQUEST,
        error.expose && error.message ? error.message : 'Bad request.',
      );
    logger.error({ err: error }, 'unexpected error while handling an HTTP request');
    sendError(res, 500, HttpErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
  };
}
