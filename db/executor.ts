/**
 * The one module that talks to the driver. Resolvers and loaders ask it to run a named statement; it picks
 * `executeRead` or `executeWrite` (which retry transient errors), sets the transaction timeout, converts
 * results to plain values, counts round-trips, and turns the database's state into codes a client can act
 * on: DATABASE_UNAVAILABLE, DATABASE_BUSY, REQUEST_TOO_LARGE.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { DatabaseBusyError, DatabaseUnavailableError, RequestTooLargeError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { neo4jSessionsOpen } from '../runtime/metrics.js';
import type { Statement } from './statement.js';
import type { Statements } from './statements.js';
import { toNative, type Native } from './to-native.js';

/** A row of a statement that is not in `cypher/` (`runRaw`): its shape is not declared anywhere. */
export type Row = Record<string, Native>;
export type Params = Record<string, unknown>;

/** What a write transaction's work function may do: run statements inside that one transaction. */
export interface TransactionRunner {
  run<P, R>(statement: Statement<P, R>, params: P): Promise<R[]>;
  /** Like `run`, and also reports how many nodes and relationships the statement created. */
  count<P, R>(statement: Statement<P, R>, params: P): Promise<WriteCounts>;
}

export interface WriteCounts {
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsDeleted: number;
}

interface Counter {
  roundTrips: number;
}

export interface ExecutorOptions {
  readonly database: string | undefined;
  readonly timeoutMs: number;
  readonly logger: Logger;
  readonly statements: Statements;
  /**
   * Causal consistency across this process's sessions: every transaction starts from the bookmarks of the
   * last ones committed. On a cluster reads go to followers (READ sessions), which would otherwise answer
   * a request made just after a write from before it. A single server is always up to date, so
   * `openDatabase` gives one only for routing URIs (`neo4j://`). Shared by every executor derived from
   * this one.
   */
  readonly bookmarks?: BookmarkManager;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

// A pool that cannot hand out a connection in time (a database that accepts connections but does not
// answer, or every connection busy) raises an error with no code of its own: only its message tells.
const ACQUISITION_TIMED_OUT = /^Connection acquisition timed out/;

// Out of memory for transactions: all of it (others hold it; a retry later may pass), or this
// transaction's own cap (the request is too big; a retry never passes). Neo4j 5 raises one code for both
// and names the setting that was reached in the message.
const OUT_OF_MEMORY = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
const OVER_TRANSACTION_CAP = /\bdb\.memory\.transaction\.max\b/;

function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE.has(error.code) ||
    error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    ACQUISITION_TIMED_OUT.test(error.message)
  );
}

/** The error a client sees for a driver error: one of ours when the cause is the database's state. */
export function clientError(error: unknown): unknown {
  if (isUnavailable(error)) return new DatabaseUnavailableError(error);
  if (!(error instanceof Neo4jError) || error.code !== OUT_OF_MEMORY) return error;
  return OVER_TRANSACTION_CAP.test(error.message) ? new RequestTooLargeError(error) : new DatabaseBusyError(error);
}

export class Executor {
  private readonly counter: Counter;

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    counter?: Counter,
  ) {
    this.counter = counter ?? { roundTrips: 0 };
  }

  /** An executor sharing the driver but counting its own round-trips: one per GraphQL request. */
  forRequest(): Executor {
    return new Executor(this.driver, this.options, { roundTrips: 0 });
  }

  /**
   * An executor sharing the driver whose transactions may run for `timeoutMs` (0: as long as they need),
   * for work that is not a request: a migration marking every quote of a large graph outlasts any request's.
   */
  withTimeout(timeoutMs: number): Executor {
    return new Executor(this.driver, { ...this.options, timeoutMs }, this.counter);
  }

  get roundTrips(): number {
    return this.counter.roundTrips;
  }

  /**
   * One read statement in an auto-commit transaction: one network round-trip, where a managed
   * transaction adds a COMMIT exchange (measured: 2–3 ms against 4–6 ms per statement on loopback).
   * A lone read needs no atomicity; a transient failure is retried once (an unreachable database is not
   * retried here: the driver's own connection timeouts already bound that wait).
   */
  async read<P, R>({ name }: Statement<P, R>, params: P): Promise<R[]> {
    this.options.logger.trace({ statement: name }, 'cypher');
    try {
      return (await this.runRaw(this.options.statements[name], params as Params, 'READ')) as R[];
    } catch (error) {
      const retriable = error instanceof DatabaseBusyError || (error instanceof Neo4jError && error.retriable);
      if (!retriable) throw error;
      return (await this.runRaw(this.options.statements[name], params as Params, 'READ')) as R[];
    }
  }

  write<P, R>(statement: Statement<P, R>, params: P): Promise<R[]> {
    return this.transaction('WRITE', (tx) => tx.run(statement, params));
  }

  /** Several statements in one transaction: all of it commits or none of it. */
  writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /** Runs a statement that is not in `cypher/` (migrations, EXPLAIN checks in tests). */
  async runRaw(cypher: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'WRITE'): Promise<Row[]> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.options.bookmarks,
    });
    neo4jSessionsOpen.inc();
    try {
      this.counter.roundTrips++;
      const result = await session.run(cypher, params, { timeout: this.options.timeoutMs });
      return result.records.map((record) => toNative(record.toObject()) as Row);
    } catch (error) {
      throw clientError(error);
    } finally {
      neo4jSessionsOpen.dec();
      await session.close();
    }
  }

  async ping(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.options.database });
    } catch (error) {
      throw new DatabaseUnavailableError(error);
    }
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, bookmarkManager: this.options.bookmarks });
    neo4jSessionsOpen.inc();
    const config = { timeout: this.options.timeoutMs };
    const execute = (tx: ManagedTransaction, { name }: Statement<unknown, unknown>, params: unknown) => {
      this.counter.roundTrips++;
      this.options.logger.trace({ statement: name }, 'cypher');
      return tx.run(this.options.statements[name], params);
    };
    const run = (tx: ManagedTransaction) =>
      work({
        // The one place a row is taken to be what its statement's declaration says (db/statement.ts).
        run: async <P, R>(statement: Statement<P, R>, params: P) =>
          (await execute(tx, statement, params)).records.map((record) => toNative(record.toObject()) as R),
        count: async (statement, params) => {
          const updates = (await execute(tx, statement, params)).summary.counters.updates();
          return {
            nodesCreated: updates.nodesCreated,
            relationshipsCreated: updates.relationshipsCreated,
            nodesDeleted: updates.nodesDeleted,
            relationshipsDeleted: updates.relationshipsDeleted,
          };
        },
      });
    try {
      return mode === 'READ' ? await session.executeRead(run, config) : await session.executeWrite(run, config);
    } catch (error) {
      throw clientError(error);
    } finally {
      neo4jSessionsOpen.dec();
      await session.close();
    }
  }
}
