import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

// The layers, from the outside in: server/ mounts what resolvers/ builds, and resolvers/ and schema/ know
// nothing of the HTTP shell. A cycle or an arrow pointing outwards would tie an inner layer to its host.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)|^import\s+'(\.[^']+)'/gm;

function importGraph(): Map<string, string[]> {
  const files = globSync(['**/*.{ts,tsx}'], { cwd: ROOT, ignore: ['node_modules/**', 'neo4j/**', '**/*.d.ts'] });
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const targets = [...source.matchAll(SPECIFIER)]
        .map((match) =>
          relative(ROOT, resolve(ROOT, dirname(file), (match[1] ?? match[2] ?? match[3])!)).replace(/\.js$/, '.ts'),
        )
        .flatMap((target) =>
          [target, target.replace(/\.ts$/, '.tsx')].filter((candidate) => known.has(candidate)).slice(0, 1),
        );
      return [file, targets];
    }),
  );
}

/** Every cycle found by a depth-first walk, each as the files it passes through. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') found.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

const graph = importGraph();
const arrows = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

describe('import graph', () => {
  it('when the project is read, then it finds the files and their imports', () => {
    expect(graph.get('bin/start.ts')?.length).toBeGreaterThan(0);
  });

  it('when every file is followed through its imports, then no file leads back to itself', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('when resolvers/ or schema/ import, then nothing comes from server/', () => {
    expect(arrows.filter(({ from, to }) => /^(resolvers|schema)\//.test(from) && to.startsWith('server/'))).toEqual([]);
  });

  it('when server/ imports from resolvers/, then only the public entry', () => {
    expect(
      arrows.filter(
        ({ from, to }) => from.startsWith('server/') && to.startsWith('resolvers/') && to !== 'resolvers/index.ts',
      ),
    ).toEqual([]);
  });
});
