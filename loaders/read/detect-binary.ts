/**
 * Recognises files that are not text, so they fail with "binary file (PNG image)" rather than as a
 * confusing UTF-8 error somewhere in the middle.
 */
interface Magic {
  readonly name: string;
  readonly bytes: readonly number[];
  readonly at?: number;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const MAGIC: readonly Magic[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: ascii('GIF87a') },
  { name: 'GIF image', bytes: ascii('GIF89a') },
  { name: 'RIFF media file (WebP, WAV or AVI)', bytes: ascii('RIFF') },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'BMP image', bytes: ascii('BM') },
  { name: 'PDF document', bytes: ascii('%PDF-') },
  // Also .docx, .xlsx, .epub, .jar: all ZIP containers.
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', bytes: ascii('BZh') },
  { name: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'MP3 audio', bytes: ascii('ID3') },
  { name: 'MP4 video', bytes: ascii('ftyp'), at: 4 },
  { name: 'SQLite database', bytes: ascii('SQLite format 3\0') },
];

function startsWith(bytes: Uint8Array, magic: Magic): boolean {
  const at = magic.at ?? 0;
  if (bytes.length < at + magic.bytes.length) return false;
  return magic.bytes.every((byte, index) => bytes[at + index] === byte);
}

/**
 * A description of what the bytes are when they are not text, else null. Call it only after UTF-16 byte
 * order marks were ruled out: UTF-16 text is full of NUL bytes.
 */
export function detectBinary(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  for (const magic of MAGIC) {
    if (!startsWith(bytes, magic)) continue;
    if (isDecisive(magic) || hasControlBytes(bytes)) return magic.name;
  }
  if (nul !== -1) return `contains a NUL byte at offset ${nul}`;
  return null;
}

// "BM", "BZh" and "ID3" are also how ordinary text can start, so short all-printable magic only counts
// when the bytes also hold control characters no text has.
function isDecisive(magic: Magic): boolean {
  return magic.bytes.length >= 4 || magic.at !== undefined || magic.bytes.some((byte) => byte < 0x20 || byte >= 0x80);
}

function hasControlBytes(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 4096);
  for (let index = 0; index < end; index++) {
    const byte = bytes[index]!;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return true;
  }
  return false;
}
