import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { runNode, servedUrl, type BinProcess } from '../support/bin-process.js';
import { REPO_ROOT } from '../support/load-articles.js';

// What a production user runs: `npm run build`, then plain node on the compiled files. Built into a folder
// of this test's own inside the repository, so it finds the Cypher, the explorer and the playground the
// way `dist/` does.
const outDir = path.join(REPO_ROOT, `.data/compiled-build-test-${process.pid}`);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
let server: BinProcess | undefined;

afterAll(() => {
  server?.child.kill('SIGKILL');
  rmSync(outDir, { recursive: true, force: true });
});

beforeAll(() => {
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);
}, 180_000);

async function serving(started: BinProcess): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const url = servedUrl(started);
    if (url) return url;
    if (started.child.exitCode !== null)
      throw new Error(`the compiled started exited (${started.child.exitCode}):\n${started.output().stderr}`);
    if (Date.now() > deadline)
      throw new Error(`the compiled started did not serve within 60 s:\n${started.output().stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the compiled build', () => {
  it('when run with plain node in production, then it serves GraphQL, the playground and the explorer, and stops cleanly on SIGTERM', async () => {
    server = runNode(['--enable-source-maps', path.join(outDir, 'bin/start.js')], {
      NODE_ENV: 'production',
      PORT: '0',
      LOAD_SAMPLE_CORPUS: 'false',
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: inject('neo4jUsername'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
    });
    const url = await serving(server);

    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    const playground = await fetch(`${url}/playground/`);
    const explorerScript = await fetch(`${url}/explorer/dist/app.js`);

    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { stats: { articles: expect.any(Number) } } });
    expect(playground.status).toBe(200);
    expect(explorerScript.status).toBe(200);
    expect(explorerScript.headers.get('content-type')).toMatch(/javascript/);

    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  });
});
