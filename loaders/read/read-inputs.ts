/**
 * The reading half of the loaders: command-line arguments in, documents (or reasons) out, one input at
 * a time so memory stays flat however many files there are.
 */
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { expandInputs } from './expand-inputs.js';
import { DEFAULT_MAX_BYTES } from './format-size.js';
import type { Input } from './input.js';
import { parseDocuments } from './parse-documents.js';
import { readFileBytes, readStreamBytes } from './read-bytes.js';
import { ReadError } from './read-error.js';
import { readFailed, type ReadResult } from './read-result.js';

export interface ReadOptions {
  /** Paths and sources are relative to this. */
  readonly cwd: string;
  /** Per input; larger inputs fail with reason `too_large` before being read. */
  readonly maxBytes: number;
  /** What `-` reads. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
}

async function* readInput(input: Input, options: ReadOptions): AsyncGenerator<ReadResult> {
  if (input.kind === 'failed') {
    yield readFailed(input.error);
    return;
  }
  let text: string;
  try {
    const bytes =
      input.kind === 'stdin'
        ? await readStreamBytes(options.stdin, input.source, options.maxBytes)
        : await readFileBytes(input.path, input.source, options.maxBytes);
    text = decodeText(bytes, input.source);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    yield readFailed(error);
    return;
  }
  try {
    yield* parseDocuments(text, detectFormat(input.kind === 'stdin' ? null : input.path, text), input.source);
  } catch (error) {
    // A parser bug met by one odd file must not end a run over thousands: that file fails alone.
    const problem = `could not be parsed: ${error instanceof Error ? error.message : String(error)}`;
    yield readFailed(
      error instanceof ReadError ? error : new ReadError('unsupported', input.source, problem, { cause: error }),
    );
  }
}

export async function* readInputs(
  args: Iterable<string>,
  options: Partial<ReadOptions> = {},
): AsyncGenerator<ReadResult> {
  const resolved: ReadOptions = {
    cwd: options.cwd ?? process.cwd(),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    stdin: options.stdin ?? process.stdin,
  };
  for await (const input of expandInputs(args, resolved.cwd)) yield* readInput(input, resolved);
}
