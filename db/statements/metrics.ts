import { statement, type NoParams } from '../statement.js';

/** Open transactions and the heap they hold, for /metrics. */
export const transactionMemory = statement<NoParams, { readonly open: number; readonly bytes: number }>(
  'metrics/transaction-memory',
);
