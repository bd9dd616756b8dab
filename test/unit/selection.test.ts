import {
  buildSchema,
  Kind,
  parse,
  type GraphQLResolveInfo,
  type FieldNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVIDENCE, evidenceFieldsOf, MAX_EVIDENCE } from '../../resolvers/paging/evidence-fields.js';
import { selectedUnder } from '../../resolvers/paging/selection.js';

/** The resolve info of the first field under the query's root field, which is all the look-ahead reads. */
function infoOf(query: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
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
    schema: buildSchema('type Query { a: Int } type Quote { evidence(first: Int): [Int] }'),
    variableValues,
  } as unknown as GraphQLResolveInfo;
}

const EVIDENCE = ['edges', 'node', 'evidence'];
const selectsEvidence = (query: string) => selectedUnder(infoOf(query), EVIDENCE) !== null;

describe('look-ahead into a connection', () => {
  it('when a node field is selected under edges, then it is seen, with the fields under it', () => {
    const info = infoOf('{ p { quotes { edges { node { text evidence { sentence article { title } } } } } } }');
    expect([...selectedUnder(info, EVIDENCE)!]).toEqual(['sentence', 'article']);
    expect([...selectedUnder(info, [...EVIDENCE, 'article'])!]).toEqual(['title']);
  });

  it('when it is not, or only under another field, then it is not', () => {
    expect(selectsEvidence('{ p { quotes { edges { node { text } } } } }')).toBe(false);
    expect(selectsEvidence('{ p { quotes { totalCount evidence } } }')).toBe(false);
    expect(selectsEvidence('{ p { quotes { edges { cursor } } } }')).toBe(false);
  });

  it('when it is selected through an inline fragment or a named one, then it is seen', () => {
    expect(selectsEvidence('{ p { quotes { edges { ... on QuoteEdge { node { evidence { sentence } } } } } } }')).toBe(
      true,
    );
    expect(
      selectsEvidence(
        '{ p { quotes { ...Page } } } fragment Page on QuoteConnection { edges { node { ...Q } } } fragment Q on Quote { evidence { sentence } }',
      ),
    ).toBe(true);
  });

  it('when it is under a skip or include directive, then it counts as selected (fetched, never wrongly)', () => {
    expect(selectsEvidence('{ p { quotes { edges { node { evidence @skip(if: true) { sentence } } } } } }')).toBe(true);
  });

  it('when a field is selected under aliases and in several places, then what each asks is taken together', () => {
    const info = infoOf(
      '{ p { quotes { edges { node { a: evidence { sentence } b: evidence { confidence } } } e: edges { node { evidence { end } } } } } }',
    );
    expect([...selectedUnder(info, EVIDENCE)!].sort()).toEqual(['confidence', 'end', 'sentence']);
  });
});

describe('the evidence fields a page of quotes reads', () => {
  it('when evidence is not selected, then none are read', () => {
    expect(evidenceFieldsOf(infoOf('{ p { quotes { edges { node { text } } } } }'))).toBeNull();
  });

  it('when the words are asked for, then their offsets are read: they are sliced from the article text', () => {
    expect(evidenceFieldsOf(infoOf('{ p { quotes { edges { node { evidence { text } } } } } }'))).toEqual({
      words: ['start', 'end'],
      article: null,
      first: DEFAULT_EVIDENCE,
    });
  });

  it('when the article is asked for, then only its selected short fields are read, never what its resolvers compute', () => {
    const info = infoOf(
      '{ p { quotes { edges { node { evidence { __typename confidence article { id title text publishedAt quotes { totalCount } } } } } } } }',
    );
    expect(evidenceFieldsOf(info)).toEqual({
      words: ['confidence'],
      article: ['title', 'publishedAt'],
      first: DEFAULT_EVIDENCE,
    });
  });

  it('when the article is asked for with no stored field, then it is still read (for its id)', () => {
    expect(evidenceFieldsOf(infoOf('{ p { quotes { edges { node { evidence { article { id } } } } } } }'))).toEqual({
      words: [],
      article: [],
      first: DEFAULT_EVIDENCE,
    });
  });

  it('when several selections ask for different numbers of articles, then the most asked are read', () => {
    const info = infoOf(
      'query Q($n: Int) { p { quotes { edges { node { a: evidence(first: 3) { sentence } b: evidence(first: $n) { end } } } } } }',
      { n: 25 },
    );
    expect(evidenceFieldsOf(info)?.first).toBe(25);
    expect(evidenceFieldsOf(infoOf('{ p { quotes { edges { node { evidence(first: 2) { end } } } } } }'))?.first).toBe(
      2,
    );
  });

  it('when a number out of range is asked, then the page reads within the range (the field itself refuses it)', () => {
    const read = (first: number) =>
      evidenceFieldsOf(infoOf(`{ p { quotes { edges { node { evidence(first: ${first}) { end } } } } } }`))?.first;
    expect(read(0)).toBe(1);
    expect(read(MAX_EVIDENCE + 1)).toBe(MAX_EVIDENCE);
  });
});
