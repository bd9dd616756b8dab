/**
 * TextDecoder says only *that* bytes are not UTF-8; this says *where*, so the error can point at the
 * byte. Follows RFC 3629 (no overlong forms, no surrogates, nothing above U+10FFFF): the same bytes
 * `new TextDecoder('utf-8', { fatal: true })` rejects.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const [length, low, high] = sequenceShape(lead);
    if (length === 0 || index + length > bytes.length) return index;
    const second = bytes[index + 1]!;
    if (second < low || second > high) return index;
    for (let next = 2; next < length; next++) {
      const byte = bytes[index + next]!;
      if (byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

/** Sequence length and the allowed range of its second byte (0 length: not a valid lead byte). */
function sequenceShape(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

/** 1-based line of a byte offset, counting LF bytes before it. */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index++) if (bytes[index] === 0x0a) line++;
  return line;
}
