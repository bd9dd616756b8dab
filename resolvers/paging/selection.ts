/**
 * Look-ahead into a connection field's selection, so its statement can fetch in the same round trip what
 * the query will ask of each node, instead of a DataLoader fetching it one level later.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields selected directly in a selection set, through inline fragments and fragment spreads. */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return [selection];
      case Kind.INLINE_FRAGMENT:
        return fieldsOf(selection.selectionSet, info);
      case Kind.FRAGMENT_SPREAD:
        return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
    }
  });
}

/**
 * Every selection of the field at `path` below the field being resolved (`['edges', 'node', 'evidence']`:
 * how a connection's nodes' evidence is asked for), aliased and repeated ones included; none when `path`
 * is not selected. A field under `@skip` or `@include` counts as selected: fetching it unasked costs a
 * little, never a wrong answer.
 */
export function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fields.flatMap((field) => fieldsOf(field.selectionSet, info)).filter((field) => field.name.value === name);
  }
  return [...fields];
}

/**
 * The names of the fields selected under `path` (see `selectionsAt`), or null when `path` is not selected.
 * Aliased and repeated selections of a field are taken together: all of them read the same objects.
 */
export function selectedUnder(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> | null {
  const fields = selectionsAt(info, path);
  if (fields.length === 0) return null;
  return new Set(fields.flatMap((field) => fieldsOf(field.selectionSet, info)).map((field) => field.name.value));
}
