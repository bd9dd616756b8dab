/**
 * Load over loopback with autocannon: `connections` clients each sending the next request body as soon as
 * the last answer arrived, for `seconds`. Latency percentiles come from every response's own time (not
 * autocannon's histogram, which has no p95). A response is an error unless it is HTTP 200 without a
 * GraphQL `errors` member; `rps` counts only answers without one, and the first error is kept to report.
 */
import autocannon from 'autocannon';

export interface LoadFigures {
  readonly requests: number;
  readonly errors: number;
  readonly rps: number;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
  /** The first error answer's body (cut to 300 characters), or null when there was none. */
  readonly firstError: string | null;
}

export interface LoadOptions {
  readonly url: string;
  readonly bodies: readonly string[];
  readonly connections: number;
  readonly seconds: number;
  /** Added to every request (an API key, say). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Requests per second each connection sends at most (unset: as fast as answers come). */
  readonly connectionRate?: number;
}

export async function runLoad({
  url,
  bodies,
  connections,
  seconds,
  headers = {},
  connectionRate,
}: LoadOptions): Promise<LoadFigures> {
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  const latencies: number[] = [];
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon(
    {
      url,
      connections,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      ...(connectionRate ? { connectionRate } : {}),
      requests: [
        {
          setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          onResponse: (status, body) => {
            if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) {
              errors++;
              firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
            }
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  const failed = errors + result.errors + result.timeouts;
  return {
    requests: latencies.length,
    errors: failed,
    rps: round(Math.max(0, latencies.length - failed) / seconds),
    p50_ms: at(0.5),
    p95_ms: at(0.95),
    p99_ms: at(0.99),
    firstError: firstError ?? (failed > 0 ? 'connection errors or timeouts' : null),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
