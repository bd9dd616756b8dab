/**
 * Command-line arguments to inputs: files (always attempted when named explicitly), directories
 * (walked), globs (for shells that do not expand them, or `**` beyond the shell's reach) and `-` for
 * standard input. Only paths are held, never file contents.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { hasSupportedExtension } from './detect-format.js';
import type { Input } from './input.js';
import { ReadError } from './read-error.js';
import { sourceName } from './source-name.js';
import { walkDirectory } from './walk-directory.js';

export const STDIN_ARGUMENT = '-';

export async function* expandInputs(args: Iterable<string>, cwd: string): AsyncGenerator<Input> {
  let stdinUsed = false;
  const visited = new Set<string>();
  for (const arg of args) {
    if (arg === STDIN_ARGUMENT) {
      if (stdinUsed) {
        yield {
          kind: 'failed',
          error: new ReadError('unsupported', 'stdin', 'standard input ("-") named more than once'),
        };
      } else {
        stdinUsed = true;
        yield { kind: 'stdin', source: 'stdin' };
      }
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    const stats = await stat(absolute).catch(() => undefined);
    if (stats?.isDirectory()) {
      yield* walkDirectory(absolute, cwd, visited);
    } else if (stats === undefined && isDynamicPattern(arg)) {
      yield* expandGlob(arg, cwd);
    } else {
      // Even a missing or odd file goes on to be read, so its error comes from one place.
      yield { kind: 'file', path: absolute, source: sourceName(absolute, cwd) };
    }
  }
}

async function* expandGlob(pattern: string, cwd: string): AsyncGenerator<Input> {
  const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false, expandDirectories: false });
  const files = matches.filter(hasSupportedExtension).sort();
  if (files.length === 0) {
    yield { kind: 'failed', error: new ReadError('unreadable', pattern, 'no readable files match this pattern') };
    return;
  }
  for (const file of files) yield { kind: 'file', path: file, source: sourceName(file, cwd) };
}
