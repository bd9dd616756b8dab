import { statement, type NoParams } from '../statement.js';

export interface AppliedMigration {
  readonly id: string;
  readonly checksum: string;
}

export const listApplied = statement<NoParams, AppliedMigration>('migrations/list-applied');
export const recordApplied = statement<AppliedMigration, never>('migrations/record-applied');
export const awaitIndexes = statement<NoParams, never>('migrations/await-indexes');
