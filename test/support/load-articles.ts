import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SourceDocument } from '../../loaders/extraction.js';
import type { Gold } from './score-extraction.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** Every `*.txt` article of a folder, as the reader would hand it over. */
export function loadArticles(dir: string): SourceDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ source: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Gold answers (`*.json`) keyed by base name. */
export function loadGold(dir: string): Map<string, Gold> {
  const out = new Map<string, Gold>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    out.set(basename(f, '.json'), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
  }
  return out;
}

export function idOf(source: string): string {
  return basename(source).replace(/\.[^.]+$/, '');
}
