/**
 * `articleCount` and `quoteCount`: taken from the row when its statement computed them (the lists that
 * sort by them do), otherwise counted only when selected, batched per request.
 */
import type { Counted } from '../../db/statements/nodes.js';
import type { Context } from '../context/context.js';

export async function countOf(
  ctx: Context,
  root: Counted & { readonly graphId: string },
  field: 'articleCount' | 'quoteCount',
): Promise<number> {
  const known = root[field];
  if (typeof known === 'number') return known;
  return (await ctx.loaders.counts.load(root.graphId))[field];
}
