/** The change log live subscriptions are served from (cypher/live/record-change.cypher). */
import { statement, type NoParams } from '../statement.js';

export interface ChangeParams {
  readonly articleIds: readonly string[];
  readonly outcomes: readonly string[];
  readonly entityIds: readonly string[];
  readonly entityChanges: readonly string[];
  readonly mergedInto: string | null;
  /** Entries kept in the log. */
  readonly keep: number;
}

export interface ChangeRow {
  readonly seq: number;
  readonly articleIds: string[] | null;
  readonly outcomes: string[] | null;
  readonly entityIds: string[] | null;
  readonly entityChanges: string[] | null;
  readonly mergedInto: string | null;
}

export const recordChange = statement<ChangeParams, { readonly seq: number }>('live/record-change');
export const getLastChange = statement<NoParams, { readonly seq: number }>('live/get-last-change');
export const listChangesAfter = statement<{ readonly after: number; readonly limit: number }, ChangeRow>(
  'live/list-changes-after',
);
