import type { SourceDocument } from '../extraction.js';
import type { ReadError } from './read-error.js';

/**
 * What reading yields: documents, or the reason an input (or one item of a feed) failed. A feed yields
 * one result per item, so a bad item never hides the good ones.
 */
export type ReadResult =
  | { readonly ok: true; readonly documents: readonly SourceDocument[] }
  | { readonly ok: false; readonly source: string; readonly error: ReadError };

export function readOk(document: SourceDocument): ReadResult {
  return { ok: true, documents: [document] };
}

export function readFailed(error: ReadError): ReadResult {
  return { ok: false, source: error.source, error };
}
