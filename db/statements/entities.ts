/** Analyst corrections: an alias added, two entities merged. Each returns the entity's id, or no row. */
import { statement } from '../statement.js';

export const addAlias = statement<{ readonly id: string; readonly alias: string }, { readonly id: string }>(
  'entities/add-alias',
);
export const mergeEntities = statement<{ readonly keepId: string; readonly mergeId: string }, { readonly id: string }>(
  'entities/merge-entities',
);
