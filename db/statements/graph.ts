/** A node and its surroundings, for a graph view. */
import { statement } from '../statement.js';
import type { NodeLabel } from './nodes.js';

/** A relationship as a view shows it: its ends and, for a role, its title. */
export interface RelationshipRow {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly title: string | null;
  readonly former: boolean | null;
}

/** What a one-line label is read from (resolvers/nodes/display-name.ts). */
export interface NamingFields {
  readonly id: string;
  readonly name?: string | null;
  readonly title?: string | null;
  readonly description?: string | null;
  readonly measure?: string | null;
  readonly text?: string | null;
}

export interface NeighborhoodRow {
  /** The centre first, then the nearest and most connected. */
  readonly nodes: { readonly id: string; readonly label: NodeLabel; readonly node: NamingFields }[];
  readonly edges: RelationshipRow[];
}
export const getNeighborhood = statement<
  { readonly id: string; readonly depth: number; readonly limit: number; readonly edges: boolean },
  NeighborhoodRow
>('graph/get-neighborhood');
