/**
 * One export: a format, a scope already resolved, and where each part goes. GraphML, JSON-LD and NDJSON
 * are one stream; CSV is two (nodes, relationships), and a caller may ask for either alone.
 */
import type { Executor } from '../db/executor.js';
import type { ExportFormat } from './export-request.js';
import type { ExportScope } from './export-scope.js';
import { readArticleExtractions, readGraphShape, readNodes, readRelationships } from './read-graph.js';
import type { TextSink } from './text-sink.js';
import { writeCsvNodes, writeCsvRelationships } from './write-csv.js';
import { writeGraphml } from './write-graphml.js';
import { writeJsonld } from './write-jsonld.js';
import { writeNdjson } from './write-ndjson.js';

export interface ExportCounts {
  nodes: number;
  relationships: number;
  articles: number;
}

export interface ExportSinks {
  /** GraphML, JSON-LD, NDJSON. */
  readonly document?: TextSink;
  /** CSV. */
  readonly nodes?: TextSink;
  readonly relationships?: TextSink;
}

export interface RunExportOptions {
  readonly pageSize?: number;
  readonly onProgress?: (counts: Readonly<ExportCounts>) => void;
}

function need(sink: TextSink | undefined, what: string): TextSink {
  if (!sink) throw new Error(`an export needs somewhere to write its ${what}`);
  return sink;
}

export async function runExport(
  executor: Executor,
  scope: ExportScope,
  format: ExportFormat,
  sinks: ExportSinks,
  options: RunExportOptions = {},
): Promise<ExportCounts> {
  const counts: ExportCounts = { nodes: 0, relationships: 0, articles: 0 };
  const tick = (what: keyof ExportCounts, count: number) => {
    counts[what] += count;
    options.onProgress?.(counts);
  };
  const nodes = () => readNodes(executor, scope, options.pageSize);
  const relationships = () => readRelationships(executor, scope, options.pageSize);
  switch (format) {
    case 'ndjson':
      await writeNdjson(need(sinks.document, 'document'), readArticleExtractions(executor, scope), (n) =>
        tick('articles', n),
      );
      break;
    case 'jsonld':
      await writeJsonld(need(sinks.document, 'document'), nodes(), relationships(), tick);
      break;
    case 'graphml':
      await writeGraphml(
        need(sinks.document, 'document'),
        await readGraphShape(executor),
        nodes(),
        relationships(),
        tick,
      );
      break;
    case 'csv': {
      if (!sinks.nodes && !sinks.relationships) need(undefined, 'nodes or relationships');
      const shape = await readGraphShape(executor);
      if (sinks.nodes) await writeCsvNodes(sinks.nodes, shape, nodes(), (n) => tick('nodes', n));
      if (sinks.relationships)
        await writeCsvRelationships(sinks.relationships, shape, relationships(), (n) => tick('relationships', n));
      break;
    }
  }
  return counts;
}
