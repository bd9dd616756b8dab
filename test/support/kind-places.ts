/**
 * Every place outside the model that must know each node kind, with how to tell whether it does. The
 * graph-model test asks them all about every kind of the model, so a kind added to the model alone fails
 * naming each place still missing it. (The explorer's kind words and colours are records keyed by the
 * model's kinds: for those the type-check names the file.)
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { isEnumType, isObjectType, Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { NODE_NAME } from '../../explorer/src/api.js';
import { hrefFor, parseRoute } from '../../explorer/src/routes.js';
import { nodeObject } from '../../export/write-jsonld.js';
import { NODE_KINDS, NODE_LABELS, RELATIONSHIP_TYPES, enumName, type NodeLabel } from '../../model/graph-model.js';
import { fromGlobalId, toGlobalId } from '../../resolvers/ids/global-id.js';
import { RELATIONS } from '../../resolvers/relations/relations.js';
import { createSchema } from '../../resolvers/index.js';
import { cypherFiles, cypherText } from './cypher-files.js';

export interface KindPlace {
  /** The file or folder, and what it must have for the kind. */
  readonly place: string;
  readonly knows: (label: string) => boolean;
}

const repoFile = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The peer's `@node` types, by name. */
export function peerNodeTypes(): Map<string, ObjectTypeDefinitionNode> {
  const definitions = parse(repoFile('bench/peer/type-defs.graphql')).definitions;
  return new Map(
    definitions
      .filter(
        (definition): definition is ObjectTypeDefinitionNode =>
          definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
          Boolean(definition.directives?.some((directive) => directive.name.value === 'node')),
      )
      .map((definition) => [definition.name.value, definition]),
  );
}

/** The label list of the latest migration that creates the full-text index `search`. */
function searchIndexLabels(): string[] {
  const migrations = cypherFiles()
    .filter((name) => /^migrations\/\d{4}-/.test(name))
    .sort();
  const created = migrations
    .map((name) => /CREATE FULLTEXT INDEX search\b[^]*?FOR \(\w+:([\w|]+)\)/.exec(cypherText(name))?.[1])
    .filter((labels) => labels !== undefined);
  return created.at(-1)?.split('|') ?? [];
}

export async function kindPlaces(): Promise<KindPlace[]> {
  const schema = await createSchema();
  const nodeKind = schema.getType('NodeKind');
  const migrations = cypherFiles()
    .filter((name) => name.startsWith('migrations/'))
    .map(cypherText)
    .join('\n');
  const writeGraph = cypherText('ingest/write-article-graph');
  const countByKind = cypherText('stats/count-by-kind');
  const searchLabels = searchIndexLabels();
  const peer = peerNodeTypes();
  const graphModelDoc = repoFile('docs/graph-model.md');

  return [
    {
      place: 'model/graph-model.ts: an id prefix no other kind has',
      knows: (label) =>
        Object.hasOwn(NODE_KINDS, label) &&
        NODE_LABELS.filter((other) => NODE_KINDS[other].idPrefix === NODE_KINDS[label as NodeLabel].idPrefix).length ===
          1,
    },
    {
      place: 'model/graph-model.ts: a relationship type with the kind at one end',
      knows: (label) =>
        Object.values(RELATIONSHIP_TYPES).some(({ from, to }) => [...from, ...to].some((end) => end === label)),
    },
    {
      place: 'schema/: a GraphQL object type of the same name implementing Node (then `npm run print-schema`)',
      knows: (label) => {
        const type = schema.getType(label);
        return isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node');
      },
    },
    {
      place: 'schema/enums.ts: a described NodeKind value',
      knows: (label) => isEnumType(nodeKind) && Boolean(nodeKind.getValue(enumName(label))?.description),
    },
    {
      place: 'resolvers/global-id.ts: global ids of the kind',
      knows: (label) => {
        try {
          return fromGlobalId(toGlobalId(label as NodeLabel, 'x')).type === label;
        } catch {
          return false;
        }
      },
    },
    {
      place: 'resolvers/relations.ts: a relation that lists nodes of the kind',
      knows: (label) => Object.values(RELATIONS).some((relation) => relation.label === label),
    },
    {
      place: 'explorer/src/routes.ts: a page',
      knows: (label) => {
        try {
          return parseRoute(hrefFor(label, 'x')).view !== 'not-found';
        } catch {
          return false;
        }
      },
    },
    {
      place: 'explorer/src/api.ts: its name in the NodeName fragment',
      knows: (label) => new RegExp(`\\.\\.\\. on ${escape(label)} \\{`).test(NODE_NAME),
    },
    {
      place: 'bench/peer/type-defs.graphql: a @node type',
      knows: (label) => peer.has(label),
    },
    {
      place: 'cypher/migrations/: a unique constraint on its id (in a new migration)',
      knows: (label) => new RegExp(`FOR \\(\\w+:${escape(label)}\\) REQUIRE \\w+\\.id IS UNIQUE`).test(migrations),
    },
    {
      place: 'cypher/migrations/: the `search` full-text index (re-created in a new migration)',
      knows: (label) => searchLabels.includes(label),
    },
    {
      place: 'cypher/ingest/write-article-graph.cypher: written with the Node label',
      knows: (label) => new RegExp(`\\(\\w*:${escape(label)}:Node \\{id:`).test(writeGraph),
    },
    {
      place: 'cypher/stats/count-by-kind.cypher: counted',
      knows: (label) => new RegExp(`\\(\\w*:${escape(label)}\\)`).test(countByKind),
    },
    {
      place: 'export/write-jsonld.ts: a schema.org type other than Thing',
      knows: (label) => nodeObject({ id: 'x', kind: label, labels: [label], properties: {} })['@type'] !== 'Thing',
    },
    {
      place: 'docs/graph-model.md: a row in the nodes table',
      knows: (label) => graphModelDoc.includes(`| \`${label}\` |`),
    },
  ];
}

/** The places that do not know the kind yet. */
export function missingPlaces(places: readonly KindPlace[], label: string): string[] {
  return places.filter((place) => !place.knows(label)).map((place) => place.place);
}
