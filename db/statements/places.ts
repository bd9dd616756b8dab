import type { PlaceKind } from '../../model/graph-model.js';
import { statement } from '../statement.js';
import type { KeysetParams, KeysetRow } from './paging.js';
import type { PlaceNode, Total } from './nodes.js';

export interface PlaceFilters {
  readonly nameContains: string | null;
  readonly kinds: readonly PlaceKind[] | null;
}

export const listPlaces = statement<PlaceFilters & KeysetParams, KeysetRow<PlaceNode>>('places/list-places');
export const countPlaces = statement<PlaceFilters, Total>('places/count-places');
