import {
  buildSchema,
  Kind,
  parse,
  type GraphQLResolveInfo,
  type FieldNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsOfNodes } from '../../resolvers/paging/selection.js';

/** The resolve info of the first field under the query's root field, which is all `selectsOfNodes` reads. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const root = operation.selectionSet.selections[0] as FieldNode;
  const field = root.selectionSet!.selections[0] as FieldNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return {
    fieldNodes: [field],
    fragments,
    schema: buildSchema('type Query { a: Int }'),
  } as unknown as GraphQLResolveInfo;
}

describe('look-ahead into a connection', () => {
  it('when a node field is selected under edges, then it is seen', () => {
    expect(
      selectsOfNodes(infoOf('{ p { quotes { edges { node { text evidence { sentence } } } } } }'), 'evidence'),
    ).toBe(true);
  });

  it('when it is not, or only under another field, then it is not', () => {
    expect(selectsOfNodes(infoOf('{ p { quotes { edges { node { text } } } } }'), 'evidence')).toBe(false);
    expect(selectsOfNodes(infoOf('{ p { quotes { totalCount evidence } } }'), 'evidence')).toBe(false);
    expect(selectsOfNodes(infoOf('{ p { quotes { edges { cursor } } } }'), 'evidence')).toBe(false);
  });

  it('when it is selected through an inline fragment or a named one, then it is seen', () => {
    expect(
      selectsOfNodes(
        infoOf('{ p { quotes { edges { ... on QuoteEdge { node { evidence { sentence } } } } } } }'),
        'evidence',
      ),
    ).toBe(true);
    expect(
      selectsOfNodes(
        infoOf(
          '{ p { quotes { ...Page } } } fragment Page on QuoteConnection { edges { node { ...Q } } } fragment Q on Quote { evidence { sentence } }',
        ),
        'evidence',
      ),
    ).toBe(true);
  });

  it('when it is under a skip or include directive, then it counts as selected (fetched, never wrongly)', () => {
    expect(
      selectsOfNodes(
        infoOf('{ p { quotes { edges { node { evidence @skip(if: true) { sentence } } } } } }'),
        'evidence',
      ),
    ).toBe(true);
  });
});
