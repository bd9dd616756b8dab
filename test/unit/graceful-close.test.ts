import { Agent, createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { gracefulCloser, type GracefulCloser } from '../../server/graceful-close.js';

interface Served {
  readonly server: Server;
  readonly closer: GracefulCloser;
  readonly port: number;
  /** Resolves when the next request to /slow has arrived; the request is answered when `release` is called. */
  slowArrived: () => Promise<void>;
  release: () => void;
}

const agents: Agent[] = [];
afterEach(() => agents.splice(0).forEach((agent) => agent.destroy()));

async function serve(): Promise<Served> {
  let arrived: () => void = () => undefined;
  let arrival = new Promise<void>((resolve) => (arrived = resolve));
  const waiting: (() => void)[] = [];
  const server = createServer((req, res) => {
    if (req.url !== '/slow') return void res.end('fast');
    waiting.push(() => res.end('slow'));
    arrived();
  });
  const closer = gracefulCloser(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    closer,
    port: (server.address() as AddressInfo).port,
    async slowArrived() {
      await arrival;
      arrival = new Promise<void>((resolve) => (arrived = resolve));
    },
    release: () => waiting.splice(0).forEach((answer) => answer()),
  };
}

function keepAliveAgent(): Agent {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  agents.push(agent);
  return agent;
}

function get(
  port: number,
  path: string,
  agent: Agent,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function connectError(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(undefined)));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code));
  });
}

describe('closing the HTTP server gracefully', () => {
  it('when a request is in flight, then new connections are refused, the request is answered with Connection: close, and only then the close completes', async () => {
    const { closer, port, slowArrived, release } = await serve();
    const answer = get(port, '/slow', keepAliveAgent());
    await slowArrived();

    let closedEarly = false;
    const closing = closer.close(60_000).then((result) => ((closedEarly = true), result));
    const refused = await connectError(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closedBeforeAnswer = closedEarly;
    release();

    expect(refused).toBe('ECONNREFUSED');
    expect(closedBeforeAnswer).toBe(false);
    expect(await answer).toMatchObject({ status: 200, body: 'slow', headers: { connection: 'close' } });
    expect(await closing).toEqual({ inFlight: 1, cut: false });
  });

  it('when a keep-alive client sends one request after another, then the answer in flight at the close asks it to close and its next request is refused', async () => {
    const { closer, port, slowArrived, release } = await serve();
    const agent = keepAliveAgent();
    const answered = async () => {
      const answer = get(port, '/slow', agent);
      await slowArrived();
      return { answer, release };
    };
    const before = await answered();
    before.release();
    const beforeClose = await before.answer;
    const during = await answered();

    const closing = closer.close(60_000);
    during.release();
    const atClose = await during.answer;
    const next = await get(port, '/', agent).then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );

    expect(beforeClose.headers.connection).toBe('keep-alive');
    expect(atClose).toMatchObject({ status: 200, headers: { connection: 'close' } });
    // Without the close header, the next request would ride the same connection and be served, for ever.
    expect(next).toBe('ECONNREFUSED');
    expect(await closing).toEqual({ inFlight: 1, cut: false });
  });

  it('when an idle keep-alive connection is open, then it is closed at once', async () => {
    const { closer, port } = await serve();
    const agent = keepAliveAgent();
    await get(port, '/', agent);
    const idle = Object.values(agent.freeSockets).flat()[0]!;
    const idleClosed = new Promise((resolve) => idle.once('close', resolve));

    expect(await closer.close(60_000)).toEqual({ inFlight: 0, cut: false });
    await idleClosed;
  });

  it('when a connection is open that has sent no request yet (a browser opens spare ones), then the close completes at once, not at the deadline', async () => {
    const { closer, port } = await serve();
    const spare = connect(port, '127.0.0.1');
    await new Promise((resolve) => spare.once('connect', resolve));
    const spareClosed = new Promise((resolve) => spare.once('close', resolve));

    // Cut at the deadline, the result would say `cut: true`.
    expect(await closer.close(30_000)).toEqual({ inFlight: 0, cut: false });
    await spareClosed;
  });

  it('when a request outlives the deadline, then its connection is cut and the close completes', async () => {
    const { closer, port, slowArrived } = await serve();
    const answer = get(port, '/slow', keepAliveAgent()).then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    await slowArrived();

    expect(await closer.close(100)).toEqual({ inFlight: 1, cut: true });
    expect(await answer).toBe('ECONNRESET');
  });
});
