/**
 * What an export is asked for, checked once for the command line and the HTTP route alike: a bad value
 * is refused with a message that names the option and what it expects.
 */
export const EXPORT_FORMATS = ['graphml', 'csv', 'jsonld', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  readonly format: ExportFormat;
  /** Articles published on or after this ISO date, and what they hold. */
  readonly since?: string | undefined;
  /** A node's graph id (or API global id) and the rings around it. */
  readonly around?: { readonly id: string; readonly hops: number } | undefined;
}

export class ExportRequestError extends Error {
  override name = 'ExportRequestError';

  /** The HTTP status the route answers with: 400 for a bad option, 404 for an unknown node, 413 for too much. */
  constructor(
    message: string,
    readonly status: 400 | 404 | 413 = 400,
  ) {
    super(message);
  }
}

export const MAX_HOPS = 3;

export interface RawExportRequest {
  readonly format?: string | undefined;
  readonly since?: string | undefined;
  readonly around?: string | undefined;
  readonly hops?: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseExportRequest(raw: RawExportRequest): ExportRequest {
  const format = raw.format;
  if (!format) throw new ExportRequestError(`format: missing; expected one of ${EXPORT_FORMATS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ExportRequestError(`format: expected one of ${EXPORT_FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  }
  if (raw.since !== undefined && (!ISO_DATE.test(raw.since) || Number.isNaN(Date.parse(raw.since)))) {
    throw new ExportRequestError(`since: expected a date as YYYY-MM-DD, got ${JSON.stringify(raw.since)}`);
  }
  if (raw.hops !== undefined && raw.around === undefined)
    throw new ExportRequestError('hops: only means something with around');
  let around: ExportRequest['around'];
  if (raw.around !== undefined) {
    if (raw.around.trim() === '') throw new ExportRequestError('around: expected a node id, got an empty string');
    const hops = raw.hops === undefined ? 1 : Number(raw.hops);
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
      throw new ExportRequestError(`hops: expected an integer from 1 to ${MAX_HOPS}, got ${JSON.stringify(raw.hops)}`);
    }
    around = { id: raw.around, hops };
  }
  if (around && raw.since !== undefined)
    throw new ExportRequestError('since and around: give one or the other, not both');
  return { format: format as ExportFormat, since: raw.since, around };
}
