/**
 * Bytes to text. Never guesses: text that is not valid UTF-8 (or UTF-16 with a byte order mark) is an
 * error pointing at the bad byte, because a silent U+FFFD would put wrong words into the graph.
 */
import { detectBinary } from './detect-binary.js';
import { findInvalidUtf8, lineAtByte } from './find-invalid-utf8.js';
import { ReadError } from './read-error.js';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function byteOrderMark(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

// Node built without full ICU decodes only UTF-8 and UTF-16LE, so big-endian bytes are swapped first.
function decodeUtf16be(body: Uint8Array): string {
  const swapped = Uint8Array.from(body);
  for (let index = 0; index + 1 < swapped.length; index += 2) {
    swapped[index] = body[index + 1]!;
    swapped[index + 1] = body[index]!;
  }
  return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(swapped);
}

export function decodeText(bytes: Uint8Array, source: string): string {
  const bom = byteOrderMark(bytes);
  if (bom === null) {
    const binary = detectBinary(bytes);
    if (binary !== null) throw new ReadError('binary', source, `binary file (${binary})`);
  }
  const encoding = bom?.encoding ?? 'utf-8';
  const body = bom === null ? bytes : bytes.subarray(bom.length);
  let text: string;
  try {
    // ignoreBOM: the mark was already cut off above, and a second one would be content.
    text =
      encoding === 'utf-16be'
        ? decodeUtf16be(body)
        : new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch (cause) {
    throw invalidText(encoding, body, bom?.length ?? 0, source, cause);
  }
  // Offsets downstream are into this text; one line-ending convention keeps sentence rules simple.
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new ReadError('empty', source, text === '' ? 'empty file' : 'the file holds only whitespace');
  }
  return text;
}

// Reason `invalid_utf8` covers broken UTF-16 too: callers care that the encoding was bad, not which.
function invalidText(encoding: Encoding, body: Uint8Array, skipped: number, source: string, cause: unknown): ReadError {
  if (encoding !== 'utf-8') {
    return new ReadError(
      'invalid_utf8',
      source,
      `invalid ${encoding.toUpperCase()} text (an unpaired surrogate or an odd number of bytes)`,
      { cause },
    );
  }
  const at = findInvalidUtf8(body);
  if (at === -1) return new ReadError('invalid_utf8', source, 'invalid UTF-8', { cause });
  const offset = at + skipped;
  const line = lineAtByte(body, at);
  const shown = [...body.subarray(at, at + 4)].map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
  return new ReadError(
    'invalid_utf8',
    source,
    `invalid UTF-8 at byte ${offset} (line ${line}): bytes ${shown}; the file is not UTF-8 text (convert it, e.g. with iconv -f latin1 -t utf-8)`,
    { cause, line, offset },
  );
}
