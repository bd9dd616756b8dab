import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../loaders/read/decode-text.js';
import { ReadError } from '../../../loaders/read/read-error.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

function decodeError(input: Uint8Array): ReadError {
  try {
    decodeText(input, 'in.txt');
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('expected a ReadError');
}

describe('decodeText', () => {
  it('when the bytes are UTF-8, then the text comes back unchanged', () => {
    // Arrange
    const input = bytes('Café “quoted” — ok\n');
    // Act
    const text = decodeText(input, 'in.txt');
    // Assert
    expect(text).toBe('Café “quoted” — ok\n');
  });

  it('when the text starts with a UTF-8 byte order mark, then the mark is stripped', () => {
    const text = decodeText(bytes([0xef, 0xbb, 0xbf], 'Title\nBody'), 'in.txt');
    expect(text).toBe('Title\nBody');
  });

  it('when the text is UTF-16LE with a byte order mark, then it is decoded', () => {
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Héllo “world”\n', 'utf16le')]);
    expect(decodeText(input, 'in.txt')).toBe('Héllo “world”\n');
  });

  it('when the text is UTF-16BE with a byte order mark, then it is decoded', () => {
    const little = Buffer.from('Border report', 'utf16le');
    const big = Buffer.from(little).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), big]), 'in.txt')).toBe('Border report');
  });

  it('when line endings are CRLF, then they become LF', () => {
    expect(decodeText(bytes('one\r\ntwo\rthree'), 'in.txt')).toBe('one\ntwo\nthree');
  });

  it('when invalid UTF-8 bytes sit in the middle, then the error names the file, byte offset and line', () => {
    // Arrange: "\xff\xfe\xfd" starts at byte 13 (0-based), on line 2.
    const input = bytes('first line\nab', [0xff, 0xfe, 0xfd], ' rest\n');
    // Act
    const error = decodeError(input);
    // Assert
    expect(error.reason).toBe('invalid_utf8');
    expect(error.offset).toBe(13);
    expect(error.line).toBe(2);
    expect(error.message).toContain('in.txt');
    expect(error.message).toContain('byte 13');
    expect(error.message).toContain('line 2');
  });

  it('when a UTF-8 sequence is cut off at the end, then it is an error rather than a replacement character', () => {
    const error = decodeError(bytes('ends with half a char ', [0xe2, 0x80]));
    expect(error.reason).toBe('invalid_utf8');
    expect(error.offset).toBe(22);
  });

  it('when UTF-16 text has an odd number of bytes, then it is an invalid-encoding error', () => {
    const error = decodeError(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])]),
    );
    expect(error.reason).toBe('invalid_utf8');
    expect(error.message).toContain('UTF-16LE');
  });

  it.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]],
    ['PDF document', [...Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]],
    ['ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]],
    ['GIF image', [...Buffer.from('GIF89a', 'latin1'), 0x01, 0x00, 0x01, 0x00]],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]],
  ])('when the bytes are a %s, then it is a binary-file error saying so', (kind, header) => {
    const error = decodeError(Buffer.from(header));
    expect(error.reason).toBe('binary');
    expect(error.message).toBe(`in.txt: binary file (${kind})`);
  });

  it('when the bytes hold a NUL without a UTF-16 mark, then it is a binary-file error', () => {
    const error = decodeError(bytes('text', [0x00], 'more'));
    expect(error.reason).toBe('binary');
    expect(error.message).toContain('NUL byte at offset 4');
  });

  it('when text merely starts with letters that are also a magic number, then it is still text', () => {
    expect(decodeText(bytes('BMW recalls 12,000 cars'), 'in.txt')).toBe('BMW recalls 12,000 cars');
  });

  it('when the file is empty, then it is an empty error', () => {
    const error = decodeError(new Uint8Array());
    expect(error.reason).toBe('empty');
    expect(error.message).toBe('in.txt: empty file');
  });

  it('when the file holds only whitespace, then it is an empty error', () => {
    expect(decodeError(bytes(' \n\t \r\n')).reason).toBe('empty');
  });
});
