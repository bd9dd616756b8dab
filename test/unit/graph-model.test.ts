/**
 * The graph model (model/graph-model.ts) against everything that must agree with it but cannot derive from
 * it: the GraphQL types, the Cypher files, the relation table's directions, the explorer's pages, the
 * peer's type definitions, the docs.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { isEnumType, isUnionType, Kind, parse, type TypeNode, type UnionTypeDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  isRelationshipType,
  NODE_LABELS,
  ORGANIZATION_KINDS,
  OTHER_LABELS,
  PLACE_KINDS,
  POLICY_KINDS,
  QUOTE_KINDS,
  RELATIONSHIP_TYPES,
} from '../../model/graph-model.js';
import { RELATIONS } from '../../resolvers/relations/relations.js';
import { createSchema } from '../../resolvers/index.js';
import { cypherFiles, cypherNames, cypherText } from '../support/cypher-files.js';
import { kindPlaces, missingPlaces, peerNodeTypes, type KindPlace } from '../support/kind-places.js';

const KNOWN_LABELS: readonly string[] = [...NODE_LABELS, ...OTHER_LABELS];

describe('node kinds', () => {
  let places: KindPlace[];
  beforeAll(async () => {
    places = await kindPlaces();
  });

  it('when a kind is in the model, then every place that must know it does', () => {
    const missing = Object.fromEntries(
      NODE_LABELS.map((label) => [label, missingPlaces(places, label)] as const).filter(
        ([, where]) => where.length > 0,
      ),
    );

    expect(missing).toEqual({});
  });

  it('when a kind is known nowhere yet, then every place is named as missing it', () => {
    expect(missingPlaces(places, 'NewKind')).toEqual(places.map(({ place }) => place));
  });
});

describe('Cypher files', () => {
  it('when they spell out labels and relationship types, then each is in the model', () => {
    const unknown = cypherFiles().flatMap((name) => {
      const { labels, types } = cypherNames(cypherText(name));
      return [
        ...labels.filter((label) => !KNOWN_LABELS.includes(label)).map((label) => `${name}: label ${label}`),
        ...types.filter((type) => !isRelationshipType(type)).map((type) => `${name}: relationship type ${type}`),
      ];
    });

    expect(unknown).toEqual([]);
  });

  it('when a statement is read for names, then labels and types are found wherever Cypher puts them, and comments, strings and map keys are not', () => {
    const statement = `// (x:Commented)
      MATCH (a:Article:Node)-[r:MENTIONS|PUBLISHED_BY]->(c:Court {id: $id}), (:Place)<-[:ABOUT_PLACE]-(s)
      OPTIONAL MATCH (a)-[stated:HOLDS_ROLE]->() USING INDEX stated:HOLDS_ROLE(articleId)
      WHERE a.title <> 'b:Quoted' AND s:Statistic
      RETURN {kind: Foo} AS map`;

    expect(cypherNames(statement)).toEqual({
      labels: ['Article', 'Node', 'Court', 'Place', 'Statistic'],
      types: ['MENTIONS', 'PUBLISHED_BY', 'ABOUT_PLACE', 'HOLDS_ROLE'],
    });
  });
});

describe('relation table', () => {
  it('when it navigates a relationship, then the model has the listed kind at that end', () => {
    const wrong = Object.entries(RELATIONS)
      .filter(
        ([, { direction, type, label }]) =>
          !(RELATIONSHIP_TYPES[type][direction === 'incoming' ? 'from' : 'to'] as readonly string[]).includes(label),
      )
      .map(([name]) => name);

    expect(wrong).toEqual([]);
  });

  it('when it follows a relationship in, then that type starts at the listed kind alone (the statements skip the label check)', () => {
    const wrong = Object.entries(RELATIONS)
      .filter(
        ([, { direction, type, label }]) => direction === 'incoming' && RELATIONSHIP_TYPES[type].from.join() !== label,
      )
      .map(([name]) => name);

    expect(wrong).toEqual([]);
  });
});

describe('Speaker', () => {
  it('when the API shows who said something, then its members are the kinds a quote can be SAID_BY', async () => {
    const speaker = (await createSchema()).getType('Speaker');
    const members = isUnionType(speaker) ? speaker.getTypes().map((type) => type.name) : [];

    expect(members.sort()).toEqual([...RELATIONSHIP_TYPES.SAID_BY.to].sort());
  });
});

describe("the peer's type definitions", () => {
  it('when they declare a relationship, then the model has that type between those kinds', () => {
    const typeDefs = parse(readFileSync(new URL('../../bench/peer/type-defs.graphql', import.meta.url), 'utf8'));
    const unions = new Map(
      typeDefs.definitions
        .filter((definition): definition is UnionTypeDefinitionNode => definition.kind === Kind.UNION_TYPE_DEFINITION)
        .map((union) => [union.name.value, (union.types ?? []).map((member) => member.name.value)]),
    );
    const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
    const argument = (
      directive: { arguments?: readonly { name: { value: string }; value: { kind: string; value?: unknown } }[] },
      name: string,
    ) => String(directive.arguments?.find((arg) => arg.name.value === name)?.value.value);

    const wrong = [...peerNodeTypes().values()].flatMap((owner) =>
      (owner.fields ?? []).flatMap((field) => {
        const relationship = field.directives?.find((directive) => directive.name.value === 'relationship');
        if (!relationship) return [];
        const type = argument(relationship, 'type');
        const out = argument(relationship, 'direction') === 'OUT';
        const target = named(field.type);
        const others = unions.get(target) ?? [target];
        const ends = isRelationshipType(type)
          ? {
              near: RELATIONSHIP_TYPES[type][out ? 'from' : 'to'] as readonly string[],
              far: RELATIONSHIP_TYPES[type][out ? 'to' : 'from'] as readonly string[],
            }
          : null;
        return ends && ends.near.includes(owner.name.value) && others.every((other) => ends.far.includes(other))
          ? []
          : [`${owner.name.value}.${field.name.value}`];
      }),
    );

    expect(wrong).toEqual([]);
  });
});

describe('vocabularies', () => {
  it.each([
    ['OrganizationKind', ORGANIZATION_KINDS],
    ['PlaceKind', PLACE_KINDS],
    ['PolicyKind', POLICY_KINDS],
    ['QuoteKind', QUOTE_KINDS],
  ])("when the API shows %s, then its values are the model's, as stored", async (name, values) => {
    const type = (await createSchema()).getType(name);
    const stored = isEnumType(type) ? type.getValues().map((value) => value.value) : [];

    expect(stored).toEqual([...values]);
  });
});
