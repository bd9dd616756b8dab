import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readInputs, type ReadOptions } from '../../../loaders/read/read-inputs.js';
import type { ReadResult } from '../../../loaders/read/read-result.js';

const PNG_HEADER = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'read-inputs-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(relative: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
  await writeFile(path.join(dir, relative), content);
}

async function collect(args: string[], options: Partial<ReadOptions> = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(args, { cwd: dir, ...options })) results.push(result);
  return results;
}

const sources = (results: ReadResult[]) =>
  results.flatMap((result) => (result.ok ? result.documents.map((document) => document.source) : []));
const failures = (results: ReadResult[]) =>
  results.flatMap((result) =>
    result.ok ? [] : [{ source: result.source, reason: result.error.reason, message: result.error.message }],
  );

describe('readInputs', () => {
  it('when given a directory, then its article files are read recursively in sorted order, skipping dotfiles and images', async () => {
    // Arrange
    await put('corpus/b.txt', 'Story B');
    await put('corpus/a.md', 'Story A');
    await put('corpus/sub/c.html', '<p>Story C</p>');
    await put('corpus/.hidden.txt', 'hidden');
    await put('corpus/.git/d.txt', 'hidden too');
    await put('corpus/photo.png', PNG_HEADER);
    await put('corpus/notes.pdf', '%PDF-1.4');
    // Act
    const results = await collect(['corpus']);
    // Assert
    expect(sources(results)).toEqual(['corpus/a.md', 'corpus/b.txt', 'corpus/sub/c.html']);
    expect(failures(results)).toEqual([]);
  });

  it('when an image is named explicitly, then it is attempted and fails as a binary file', async () => {
    await put('photo.png', PNG_HEADER);
    const results = await collect(['photo.png']);
    expect(failures(results)).toEqual([
      { source: 'photo.png', reason: 'binary', message: 'photo.png: binary file (PNG image)' },
    ]);
  });

  it('when given a glob, then the matching files are read in sorted order', async () => {
    await put('corpus/seeds/2.txt', 'Two');
    await put('corpus/seeds/1.txt', 'One');
    await put('corpus/other/3.txt', 'Three');
    await put('corpus/seeds/skip.md', 'Markdown');
    const results = await collect(['corpus/**/*.txt']);
    expect(sources(results)).toEqual(['corpus/other/3.txt', 'corpus/seeds/1.txt', 'corpus/seeds/2.txt']);
  });

  it('when a glob matches nothing, then that is reported', async () => {
    const results = await collect(['nothing/*.txt']);
    expect(failures(results)).toEqual([
      { source: 'nothing/*.txt', reason: 'unreadable', message: 'nothing/*.txt: no readable files match this pattern' },
    ]);
  });

  it('when a file is missing, then it is unreadable and the next input is still read', async () => {
    await put('good.txt', 'Good story');
    const results = await collect(['missing.txt', 'good.txt']);
    expect(failures(results)).toEqual([
      { source: 'missing.txt', reason: 'unreadable', message: 'missing.txt: no such file or directory' },
    ]);
    expect(sources(results)).toEqual(['good.txt']);
  });

  it('when a file is larger than the limit, then it fails from its size alone without being read', async () => {
    // Arrange: a sparse 50 MB file costs no disk and would be slow to read.
    await put('huge.txt', '');
    await truncate(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
    // Act
    const results = await collect(['huge.txt']);
    // Assert
    expect(failures(results)).toEqual([
      { source: 'huge.txt', reason: 'too_large', message: 'huge.txt: over the size limit of 10 MB (got 50.0 MB)' },
    ]);
  });

  it('when the size limit is a parameter, then it is honoured', async () => {
    await put('small.txt', 'x'.repeat(3000));
    const [result] = await collect(['small.txt'], { maxBytes: 1024 });
    expect(result?.ok === false && result.error.message).toBe('small.txt: over the size limit of 1 KB (got 2.9 KB)');
  });

  it('when a file has invalid UTF-8 in the middle, then the error names the file and the byte', async () => {
    await put(
      'latin1.txt',
      Buffer.concat([Buffer.from('Caf'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(' au lait')]),
    );
    const [failure] = failures(await collect(['latin1.txt']));
    expect(failure).toMatchObject({ source: 'latin1.txt', reason: 'invalid_utf8' });
    expect(failure?.message).toMatch(/^latin1\.txt: invalid UTF-8 at byte 3 \(line 1\)/);
  });

  it('when a file is UTF-16LE with a byte order mark, then it is read', async () => {
    await put('wide.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Wide story\n', 'utf16le')]));
    const [result] = await collect(['wide.txt']);
    expect(result?.ok && result.documents[0]?.text).toBe('Wide story\n');
  });

  it('when the file lies outside the working directory, then its source is the absolute path', async () => {
    await put('outside/story.txt', 'Story');
    const results = await collect([path.join(dir, 'outside/story.txt')], { cwd: path.join(dir, 'inside') });
    expect(sources(results)).toEqual([path.join(dir, 'outside/story.txt')]);
  });

  it('when a path is given with ./ or through a parent, then the source is the plain relative path', async () => {
    await put('corpus/000_abc.txt', 'Story');
    const results = await collect(['./corpus/../corpus/000_abc.txt']);
    expect(sources(results)).toEqual(['corpus/000_abc.txt']);
  });

  it('when a directory links back to itself, then the walk still ends', async () => {
    await put('loop/a.txt', 'A');
    await symlink(path.join(dir, 'loop'), path.join(dir, 'loop/again'));
    const results = await collect(['loop']);
    expect(sources(results)).toEqual(['loop/a.txt']);
  });

  it('when a feed sits in a directory, then each of its items is a result', async () => {
    await put('feeds/f.ndjson', '{"text": "One"}\n{"text": "Two"}\n');
    expect(sources(await collect(['feeds']))).toEqual(['feeds/f.ndjson#1', 'feeds/f.ndjson#2']);
  });

  it('when - is given, then standard input is read and its format sniffed', async () => {
    const stdin = Readable.from([
      Buffer.from('<!doctype html><html><head><title>Piped</title></head>'),
      Buffer.from('<body><p>Piped story.</p></body></html>'),
    ]);
    const [result] = await collect(['-'], { stdin });
    expect(result?.ok && result.documents[0]).toMatchObject({ source: 'stdin', title: 'Piped', text: 'Piped story.' });
  });

  it('when standard input is an NDJSON feed, then its items are named stdin#n', async () => {
    const stdin = Readable.from([Buffer.from('{"text": "One"}\n{"text": "Two"}\n')]);
    expect(sources(await collect(['-'], { stdin }))).toEqual(['stdin#1', 'stdin#2']);
  });

  it('when standard input is larger than the limit, then it is too_large with the size it had', async () => {
    const stdin = Readable.from([Buffer.alloc(1024, 0x61), Buffer.alloc(1024, 0x61)]);
    const [failure] = failures(await collect(['-'], { stdin, maxBytes: 1024 }));
    expect(failure).toEqual({
      source: 'stdin',
      reason: 'too_large',
      message: 'stdin: over the size limit of 1 KB (got 2.0 KB)',
    });
  });

  it('when standard input is empty, then it is an empty error', async () => {
    const [failure] = failures(await collect(['-'], { stdin: Readable.from([]) }));
    expect(failure).toMatchObject({ source: 'stdin', reason: 'empty' });
  });

  it('when a named path is a directory-like oddity such as a FIFO, then it is unsupported', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const [failure] = failures(await collect(['pipe.txt']));
    expect(failure).toMatchObject({ source: 'pipe.txt', reason: 'unsupported' });
  });
});
