import { statement, type NoParams } from '../statement.js';

export interface KindCountsRow {
  readonly articles: number;
  readonly people: number;
  readonly organizations: number;
  readonly agencies: number;
  readonly places: number;
  readonly policies: number;
  readonly statistics: number;
  readonly quotes: number;
  readonly claims: number;
  readonly anonymousSources: number;
  readonly relationships: number;
}
export const countByKind = statement<NoParams, KindCountsRow>('stats/count-by-kind');
