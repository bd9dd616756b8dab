/**
 * The files under a directory, recursively, in a stable sorted order, one directory listing in memory
 * per level. Dotfiles and unsupported extensions are skipped: a corpus folder also holds notes and
 * images.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { hasSupportedExtension } from './detect-format.js';
import type { Input } from './input.js';
import { ReadError } from './read-error.js';
import { sourceName } from './source-name.js';

// Code-unit order, not locale order: the same on every machine.
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function* walkDirectory(
  directory: string,
  cwd: string,
  visited = new Set<string>(),
): AsyncGenerator<Input> {
  let entries: Dirent[];
  try {
    // A symlink loop would otherwise recurse forever.
    const real = await realpath(directory);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(directory, { withFileTypes: true });
  } catch (cause) {
    yield {
      kind: 'failed',
      error: new ReadError('unreadable', sourceName(directory, cwd), 'directory cannot be listed', { cause }),
    };
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(directory, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) yield* walkDirectory(full, cwd, visited);
    else if (isFile && hasSupportedExtension(entry.name))
      yield { kind: 'file', path: full, source: sourceName(full, cwd) };
  }
}
