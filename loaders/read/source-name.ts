import path from 'node:path';

/**
 * How an input is named in results and errors: relative to the working directory when it lies below
 * it, else absolute. The base name always survives (the scorer pairs extractions with gold by it).
 */
export function sourceName(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return absolute;
  return relative.split(path.sep).join('/');
}
