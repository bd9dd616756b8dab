/**
 * Look-ahead into a connection field's selection, so its statement can fetch in the same round trip what
 * the query will ask of each node, instead of a DataLoader fetching it one level later.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields selected directly in a selection set, through inline fragments and fragment spreads. */
function fieldsOf(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
): { name: string; set?: SelectionSetNode }[] {
  return (set?.selections ?? []).flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return [{ name: selection.name.value, set: selection.selectionSet }];
      case Kind.INLINE_FRAGMENT:
        return fieldsOf(selection.selectionSet, info);
      case Kind.FRAGMENT_SPREAD:
        return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
    }
  });
}

/**
 * The names of the fields selected under `path` below the field being resolved (`['edges', 'node',
 * 'evidence']`: what a connection's nodes' evidence is asked for), or null when `path` is not selected. A
 * field under `@skip` or `@include` counts as selected: fetching it unasked costs a little, never a wrong
 * answer. Aliased and repeated selections of a field are taken together: all of them read the same objects.
 */
export function selectedUnder(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> | null {
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) {
    const next = sets.flatMap((set) => fieldsOf(set, info)).filter((selected) => selected.name === name);
    if (next.length === 0) return null;
    sets = next.map((selected) => selected.set);
  }
  return new Set(sets.flatMap((set) => fieldsOf(set, info)).map((selected) => selected.name));
}
