import { statement } from '../statement.js';
import type { KeysetParams, KeysetRow } from './paging.js';
import type { Ids, StatisticNode, Total } from './nodes.js';

export interface StatisticFilters {
  readonly measureContains: string | null;
  readonly valueMin: number | null;
  readonly valueMax: number | null;
  readonly unit: string | null;
  readonly place: string | null;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly reportedBy: string | null;
  readonly article: string | null;
}

export const listStatistics = statement<StatisticFilters & KeysetParams, KeysetRow<StatisticNode>>(
  'statistics/list-statistics',
);
/** A place's figures by value, read in index order; it reads only the place and the measure filter. */
export const listStatisticsAboutPlace = statement<StatisticFilters & KeysetParams, KeysetRow<StatisticNode>>(
  'statistics/list-statistics-about-place',
);
export const countStatistics = statement<StatisticFilters, Total>('statistics/count-statistics');
/** Keyed by the figure's id; `node` is a figure that disagrees with it. */
export const getDisagreements = statement<Ids, { readonly id: string; readonly node: StatisticNode }>(
  'statistics/get-disagreements',
);
