/**
 * CSV in the header format of `neo4j-admin database import`: one nodes file (`id:ID`, typed property
 * columns, `:LABEL`) and one relationships file (`:START_ID`, `:END_ID`, `:TYPE`, typed columns), so
 *   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true
 * loads an export into a fresh database. Every kind shares one header (an empty field is "no property"),
 * which also opens as one sheet in a spreadsheet.
 */
import type { Native } from '../db/to-native.js';
import type { ExportNode, ExportRelationship, GraphShape, StoredType } from './read-graph.js';
import type { TextSink } from './text-sink.js';

/** The command that loads the two files; printed after a CSV export. */
export const IMPORT_COMMAND =
  'neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true neo4j';

/** neo4j-admin's default; no element of a list may contain it (see `field`). */
const ARRAY_DELIMITER = ';';

const IMPORT_TYPES: Readonly<Record<string, string>> = {
  String: 'string',
  Long: 'long',
  Double: 'double',
  Boolean: 'boolean',
  Date: 'date',
  DateTime: 'datetime',
  LocalDateTime: 'localdatetime',
  StringArray: 'string[]',
  LongArray: 'long[]',
  DoubleArray: 'double[]',
  BooleanArray: 'boolean[]',
};

function column(name: string, type: StoredType): string {
  return `${name}:${IMPORT_TYPES[type] ?? 'string'}`;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A missing value is an empty field (no property); an empty string is `""`, which the importer keeps. */
export function field(value: Native | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    // The importer cannot escape its array delimiter, so one inside an element becomes a comma.
    return quote(
      value
        .map((item) =>
          (typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item)).replaceAll(
            ARRAY_DELIMITER,
            ',',
          ),
        )
        .join(ARRAY_DELIMITER),
    );
  }
  if (typeof value === 'object') return quote(JSON.stringify(value));
  return quote(String(value));
}

function propertyColumns(
  properties: ReadonlyMap<string, StoredType>,
  reserved: ReadonlySet<string>,
): [string, StoredType][] {
  return [...properties].filter(([name]) => !reserved.has(name));
}

export interface CsvSinks {
  readonly nodes: TextSink;
  readonly relationships: TextSink;
}

export async function writeCsvNodes(
  sink: TextSink,
  shape: GraphShape,
  pages: AsyncIterable<readonly ExportNode[]>,
  onPage?: (count: number) => void,
): Promise<void> {
  const columns = propertyColumns(shape.nodeProperties, new Set(['id']));
  await sink.write(`${['id:ID', ...columns.map(([name, type]) => column(name, type)), ':LABEL'].join(',')}\n`);
  for await (const page of pages) {
    const lines = page.map((node) =>
      [
        quote(node.id),
        ...columns.map(([name]) => field(node.properties[name])),
        quote(node.labels.join(ARRAY_DELIMITER)),
      ].join(','),
    );
    await sink.write(`${lines.join('\n')}\n`);
    onPage?.(page.length);
  }
}

export async function writeCsvRelationships(
  sink: TextSink,
  shape: GraphShape,
  pages: AsyncIterable<readonly ExportRelationship[]>,
  onPage?: (count: number) => void,
): Promise<void> {
  const columns = propertyColumns(shape.relationshipProperties, new Set());
  await sink.write(
    `${[':START_ID', ':END_ID', ':TYPE', ...columns.map(([name, type]) => column(name, type))].join(',')}\n`,
  );
  for await (const page of pages) {
    const lines = page.map((r) =>
      [quote(r.from), quote(r.to), quote(r.type), ...columns.map(([name]) => field(r.properties[name]))].join(','),
    );
    await sink.write(`${lines.join('\n')}\n`);
    onPage?.(page.length);
  }
}
