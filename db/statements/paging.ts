/** What every keyset list statement takes and returns (resolvers/paging/paginate.ts plans the page). */
import type { Native } from '../to-native.js';

/** Parameters every list statement takes. */
export interface KeysetParams {
  readonly sort: string;
  readonly descending: boolean;
  readonly afterKey: Native;
  readonly afterId: string | null;
  readonly limit: number;
}

/** A row of a list: the node, and its key in the list's order (the cursor is the key and the node's id). */
export interface KeysetRow<N extends { readonly id: string }> {
  readonly node: N;
  readonly key: Native;
}
