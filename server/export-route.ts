/**
 * `GET /export?format=graphml|csv|jsonld|ndjson&around=ID&hops=N` (or `&since=YYYY-MM-DD`): a part of the
 * graph as a download, for the explorer's "download this neighbourhood". CSV is two files; `part=nodes`
 * (the default) or `part=relationships` picks one. The whole graph is the command line's job
 * (`npm run export`): a download is bounded to EXPORT_MAX_NODES nodes and refused beyond, before a byte is sent.
 */
import type { Request, Response } from 'express';
import type { Executor } from '../db/executor.js';
import { ExportRequestError, parseExportRequest, type ExportFormat } from '../export/export-request.js';
import { toGraphId, resolveScope } from '../export/export-scope.js';
import { runExport, type ExportSinks } from '../export/run-export.js';
import { SinkClosedError, streamSink } from '../export/text-sink.js';
import { AppError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';

/** Enough for a much-mentioned agency's neighbourhood at the sample's scale; the explorer asks for one hop. */
export const EXPORT_MAX_NODES = 20_000;

const MEDIA: Readonly<Record<ExportFormat, { type: string; extension: string }>> = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonld: { type: 'application/ld+json; charset=utf-8', extension: 'jsonld' },
  ndjson: { type: 'application/x-ndjson; charset=utf-8', extension: 'ndjson' },
};

function single(value: unknown, name: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new ExportRequestError(`${name}: give it once`);
}

function fileName(request: ReturnType<typeof parseExportRequest>, part: string | undefined): string {
  const scope = request.around
    ? `around-${toGraphId(request.around.id)}-${request.around.hops}`
    : `since-${request.since}`;
  return `newsgraph-${scope}${part ? `-${part}` : ''}.${MEDIA[request.format].extension}`.replace(/[^\w.-]+/g, '_');
}

export function exportRoute(executor: Executor, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    let request: ReturnType<typeof parseExportRequest>;
    let part: 'nodes' | 'relationships' | undefined;
    let scope: Awaited<ReturnType<typeof resolveScope>>;
    try {
      const query = req.query;
      request = parseExportRequest({
        format: single(query.format, 'format'),
        since: single(query.since, 'since'),
        around: single(query.around, 'around'),
        hops: single(query.hops, 'hops'),
      });
      if (!request.around && !request.since)
        throw new ExportRequestError(
          'around or since: a download is a part of the graph; export the whole graph with npm run export',
        );
      const rawPart = single(query.part, 'part');
      if (rawPart !== undefined && request.format !== 'csv')
        throw new ExportRequestError('part: only CSV has parts (nodes, relationships)');
      if (rawPart !== undefined && rawPart !== 'nodes' && rawPart !== 'relationships')
        throw new ExportRequestError(`part: expected nodes or relationships, got ${JSON.stringify(rawPart)}`);
      part = request.format === 'csv' ? (rawPart ?? 'nodes') : undefined;
      scope = await resolveScope(executor, request, { maxNodes: EXPORT_MAX_NODES });
    } catch (error) {
      if (error instanceof ExportRequestError) res.status(error.status).json({ error: error.message });
      else if (error instanceof AppError) res.status(503).json({ error: error.message, code: error.extensions.code });
      else throw error;
      return;
    }
    // attachment() sets a type from the extension; ours is set after it.
    res.status(200).attachment(fileName(request, part)).type(MEDIA[request.format].type);
    const sink = streamSink(res);
    const sinks: ExportSinks =
      part === 'nodes' ? { nodes: sink } : part === 'relationships' ? { relationships: sink } : { document: sink };
    try {
      await runExport(executor, scope, request.format, sinks);
      res.end();
    } catch (error) {
      // The status line is gone: a cut-off body is the only way left to say the download is incomplete.
      if (!(error instanceof SinkClosedError)) logger.error({ err: error }, 'export failed mid-download');
      res.destroy();
    }
  };
}
