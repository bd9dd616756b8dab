/**
 * Closing the HTTP server without cutting anyone off. `server.close()` alone stops accepting connections
 * but does not say when the requests in flight are done, and a keep-alive connection that keeps sending
 * requests is served for ever. Here idle connections are ended at once, every request in flight finishes
 * and then closes its connection (`Connection: close`), and whatever is still open at the deadline is cut.
 */
import type { Server, ServerResponse } from 'node:http';

export interface CloseResult {
  /** Requests being answered when the close began. */
  readonly inFlight: number;
  /** True when the deadline passed and the connections still open were destroyed. */
  readonly cut: boolean;
}

export interface GracefulCloser {
  close(deadlineMs: number): Promise<CloseResult>;
}

/** Call before the server takes requests: the requests in flight are only known from then on. */
export function gracefulCloser(server: Server): GracefulCloser {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  const keepNoAlive = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  };
  // Ahead of the app, so a request that arrives while closing is told before the app answers it.
  server.prependListener('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (closing) keepNoAlive(res);
    res.once('close', () => {
      inFlight.delete(res);
      // A response whose headers went out before the close began leaves its connection idle, not closed.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    async close(deadlineMs) {
      closing = true;
      const count = inFlight.size;
      inFlight.forEach(keepNoAlive);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let cut = false;
      const deadline = setTimeout(() => {
        cut = true;
        server.closeAllConnections();
      }, deadlineMs);
      await closed;
      clearTimeout(deadline);
      return { inFlight: count, cut };
    },
  };
}
