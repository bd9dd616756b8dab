/**
 * Files the process reads at run time (Cypher, the explorer's sources, the playground page, the sample
 * corpus, the Neo4j launcher) sit in the repository, beside the code. The code runs from two places:
 * from its TypeScript sources through tsx, and compiled into `dist/`; both find the repository as the
 * nearest folder above them holding `package.json`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path in the repository; a trailing slash is kept, for folders whose files are named by appending. */
export function projectPath(relative: string): string {
  const resolved = path.join(PROJECT_ROOT, relative);
  return relative.endsWith('/') && !resolved.endsWith(path.sep) ? resolved + path.sep : resolved;
}
