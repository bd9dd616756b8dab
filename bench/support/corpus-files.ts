/** The generated corpus on disk: `DIR/NNNNNN.txt`, written one article at a time. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArticle } from '../generator/generate-article.js';

export function corpusFileName(index: number): string {
  return `${String(index).padStart(6, '0')}.txt`;
}

export interface WrittenCorpus {
  readonly files: number;
  readonly bytes: number;
}

/** Streams: only the article being written is in memory, whatever `count` is. */
export function writeCorpus(seed: number, count: number, dir: string): WrittenCorpus {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { text } = generateArticle(seed, i);
    writeFileSync(path.join(dir, corpusFileName(i)), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes };
}
