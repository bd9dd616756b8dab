import { describe, expect, it } from 'vitest';
import { detectFormat, hasSupportedExtension } from '../../../loaders/read/detect-format.js';

describe('detectFormat', () => {
  it.each([
    ['a.txt', 'Title\nBody', 'text'],
    ['a.md', '# Title', 'text'],
    ['a.html', 'Just words', 'html'],
    ['a.HTM', '<p>x</p>', 'html'],
    ['a.json', '[]', 'json'],
    ['a.ndjson', '{}', 'ndjson'],
    ['a.jsonl', '{}', 'ndjson'],
  ] as const)('when the file is %s, then the extension decides (%s → %s)', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });

  it('when a .txt file holds a web page, then it is read as HTML', () => {
    expect(detectFormat('saved.txt', '\n<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
  });

  it('when a .txt file starts with a bracket, then it stays text', () => {
    expect(detectFormat('a.txt', '[Photo: Reuters]\nStory')).toBe('text');
  });

  it.each([
    ['<html lang="en"><body>x</body></html>', 'html'],
    ['<!-- saved --><!doctype html><p>x</p>', 'html'],
    ['[{"text": "x"}]', 'json'],
    ['{"articles": []}', 'json'],
    ['{"text": "a"}\n{"text": "b"}\n', 'ndjson'],
    ['[Photo] A story', 'text'],
    ['A story about <html> tags', 'text'],
  ] as const)('when standard input starts with %j, then it is sniffed as %s', (text, format) => {
    expect(detectFormat(null, text)).toBe(format);
  });

  it('when a directory holds images and notes, then only article formats are supported', () => {
    expect(['a.txt', 'b.MD', 'c.html', 'd.json', 'e.jsonl'].every(hasSupportedExtension)).toBe(true);
    expect(['a.png', 'b.pdf', 'c.docx', 'Makefile'].some(hasSupportedExtension)).toBe(false);
  });
});
