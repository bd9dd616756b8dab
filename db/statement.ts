/**
 * A statement as the code sees it: its file's name, the parameters it takes and the rows it returns. Each
 * area declares its statements once (db/statements/<area>.ts) with the types of their rows, so a field
 * read that no row has, or a parameter left out, fails `tsc` where it is written. The types are what the
 * `.cypher` file is known to return; the executor is the one place that takes its word for it.
 */
import type { StatementName } from './statements.js';

/** A statement that takes no parameters. */
export type NoParams = Record<string, never>;

export interface Statement<P, R> {
  readonly name: StatementName;
  /** Never set: it only carries the parameter and row types to the executor's signatures. */
  readonly types?: { readonly params: P; readonly row: R };
}

export function statement<P, R>(name: StatementName): Statement<P, R> {
  return { name };
}

/** The parameters a statement takes. */
export type ParamsOf<S> = S extends Statement<infer P, unknown> ? P : never;
/** One row a statement returns. */
export type RowOf<S> = S extends Statement<unknown, infer R> ? R : never;
