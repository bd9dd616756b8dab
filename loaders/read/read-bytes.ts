/**
 * Raw bytes of one input, bounded in size. Files are measured with `stat` before a byte is read, so a
 * 5 GB file costs nothing; a stream (standard input) is counted as it arrives.
 */
import { readFile, stat } from 'node:fs/promises';
import { overLimitMessage } from './format-size.js';
import { ReadError } from './read-error.js';

export async function readFileBytes(file: string, source: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const stats = await stat(file);
    if (stats.isDirectory()) throw new ReadError('unsupported', source, 'is a directory');
    if (!stats.isFile()) throw new ReadError('unsupported', source, 'not a regular file (a device, socket or pipe)');
    size = stats.size;
  } catch (error) {
    throw error instanceof ReadError ? error : unreadable(source, error);
  }
  if (size > maxBytes) throw new ReadError('too_large', source, overLimitMessage(maxBytes, size));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw unreadable(source, error);
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw new ReadError('too_large', source, overLimitMessage(maxBytes, bytes.length));
  return bytes;
}

export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array | string>,
  source: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      // Past the limit the rest is only counted, so the error can say how big the input was.
      if (total <= maxBytes) chunks.push(bytes);
    }
  } catch (error) {
    throw unreadable(source, error);
  }
  if (total > maxBytes) throw new ReadError('too_large', source, overLimitMessage(maxBytes, total));
  return Buffer.concat(chunks, total);
}

function unreadable(source: string, error: unknown): ReadError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const problem =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  return new ReadError('unreadable', source, problem, { cause: error });
}
