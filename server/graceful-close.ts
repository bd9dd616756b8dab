/**
 * Closing the HTTP server without cutting anyone off. `server.close()` alone stops accepting connections
 * but does not say when the requests in flight are done, and a keep-alive connection that keeps sending
 * requests is served for ever. Here idle connections are ended at once, every request in flight finishes
 * and then closes its connection (`Connection: close`), and whatever is still open at the deadline is cut.
 * A connection that has not sent a request yet (browsers open spare ones ahead of need) counts as idle too:
 * Node's `closeIdleConnections()` leaves it open, and it alone would hold an idle server until the deadline.
 */
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

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
  const unused = new Set<Socket>();
  let closing = false;
  server.on('connection', (socket: Socket) => {
    unused.add(socket);
    socket.once('close', () => unused.delete(socket));
  });
  const keepNoAlive = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  };
  // Ahead of the app, so a request that arrives while closing is told before the app answers it.
  server.prependListener('request', (req, res: ServerResponse) => {
    unused.delete(req.socket);
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
      for (const socket of unused) socket.destroy();
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
