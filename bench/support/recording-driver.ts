/**
 * A driver that notes every statement run through it, so the benchmark can count a request's round-trips
 * and PROFILE exactly the Cypher a server generated, ours or the peer's, without touching either.
 */
import type { Driver, Session } from 'neo4j-driver';

export interface RecordedStatement {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

export interface RecordingDriver {
  readonly driver: Driver;
  /** The statements run since the last call, oldest first. */
  take(): RecordedStatement[];
}

type Run = (
  query: string | { text: string; parameters?: Record<string, unknown> },
  params?: Record<string, unknown>,
  ...rest: unknown[]
) => unknown;

export function recordingDriver(driver: Driver): RecordingDriver {
  let log: RecordedStatement[] = [];
  const recordRun =
    (run: Run): Run =>
    (query, params, ...rest) => {
      const cypher = typeof query === 'string' ? query : query.text;
      log.push({ cypher, params: (typeof query === 'string' ? params : query.parameters) ?? {} });
      return run(query, params, ...rest);
    };
  const wrap = <T extends object>(target: T, override: (key: PropertyKey, value: unknown) => unknown): T =>
    new Proxy(target, {
      get(object, key) {
        const value = Reflect.get(object, key, object) as unknown;
        const replaced = override(key, value);
        if (replaced !== undefined) return replaced;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
      },
    });
  const wrapTransaction = <T extends object>(tx: T): T =>
    wrap(tx, (key, value) => (key === 'run' ? recordRun((value as Run).bind(tx)) : undefined));
  const wrapSession = (session: Session): Session =>
    wrap(session, (key, value) => {
      if (key === 'run') return recordRun((value as Run).bind(session));
      if (key === 'executeRead' || key === 'executeWrite') {
        return (work: (tx: object) => unknown, config?: unknown) =>
          (value as (w: (tx: object) => unknown, c?: unknown) => unknown).call(
            session,
            (tx: object) => work(wrapTransaction(tx)),
            config,
          );
      }
      return undefined;
    });
  return {
    driver: wrap(driver, (key, value) =>
      key === 'session'
        ? (config?: unknown) => wrapSession((value as (c?: unknown) => Session).call(driver, config))
        : undefined,
    ),
    take() {
      const taken = log;
      log = [];
      return taken;
    },
  };
}
