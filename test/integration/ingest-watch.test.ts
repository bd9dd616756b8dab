import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mayorArticle, uniqueName, uniqueSurname } from '../support/articles.js';
import { runBin, type BinProcess } from '../support/bin-process.js';
import { openTestDatabase } from '../support/database.js';
import { REPO_ROOT } from '../support/load-articles.js';

const db = openTestDatabase();
const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-watch-'));
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface FileLine {
  file: string;
  new: number;
  unchanged: number;
  updated: number;
  failed: number;
  failures: { source: string; reason: string; message: string }[];
}

const lines = (run: BinProcess): FileLine[] =>
  run
    .output()
    .stdout.split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FileLine);

async function until<T>(what: string, check: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ingest --watch', () => {
  it('when files appear while it runs, then each is loaded once complete, one line per file with its errors, and SIGTERM stops it cleanly', async () => {
    const surname = uniqueSurname();
    const first = path.join(dir, `${uniqueName('present')}.txt`);
    writeFileSync(first, mayorArticle(surname));
    const run = runBin('ingest.ts', ['--watch', '--settle-ms', '400', dir], {
      NEO4J_URI: inject('neo4jUri'),
      LOG_LEVEL: 'warn',
    });
    try {
      // A file already there is loaded at start.
      const present = await until('the file already there', () =>
        lines(run).find((line) => line.file.endsWith(path.basename(first))),
      );
      expect(present).toMatchObject({ new: 1, failed: 0 });

      // A feed written in three pieces, each sooner than the settle period: read once, complete.
      const feed = readFileSync(path.join(REPO_ROOT, 'test/fixtures/feeds/border-desk.rss'), 'utf8').replaceAll(
        'border-desk.example.org',
        `${uniqueName('desk')}.example.org`,
      );
      const feedFile = path.join(dir, 'desk.rss');
      const third = Math.floor(feed.length / 3);
      writeFileSync(feedFile, feed.slice(0, third));
      await sleep(150);
      appendFileSync(feedFile, feed.slice(third, 2 * third));
      await sleep(150);
      appendFileSync(feedFile, feed.slice(2 * third));
      const loaded = await until('the feed', () => lines(run).find((line) => line.file.endsWith('desk.rss')));
      expect(loaded).toMatchObject({ new: 2, failed: 2 });
      expect(loaded.failures.map((failure) => failure.reason)).toEqual(['bad_feed_item', 'bad_feed_item']);

      // A bad file gets its line and reason; notes beside the articles are not inputs.
      writeFileSync(path.join(dir, 'blank.txt'), '   \n');
      writeFileSync(path.join(dir, 'notes.docx'), 'not an article');
      const blank = await until('the blank file', () => lines(run).find((line) => line.file.endsWith('blank.txt')));
      expect(blank).toMatchObject({ new: 0, failed: 1, failures: [{ reason: 'empty' }] });

      // A copy of an article already loaded changes nothing.
      copyFileSync(first, path.join(dir, 'copy.txt'));
      expect(await until('the copy', () => lines(run).find((line) => line.file.endsWith('copy.txt')))).toMatchObject({
        new: 0,
        unchanged: 1,
      });

      await sleep(1_500);
      expect(lines(run).filter((line) => line.file.endsWith('desk.rss'))).toHaveLength(1);
      expect(lines(run).some((line) => line.file.endsWith('notes.docx'))).toBe(false);
      const [stored] = await db.executor.runRaw(
        'MATCH (a:Article {title: $title}) WHERE a.url CONTAINS $host RETURN a.author AS author, a.outlet AS outlet',
        { title: 'Arrests Rise in Arizona', host: new URL(feed.match(/https:\/\/[^/]+/)![0]).host },
        'READ',
      );
      expect(stored).toEqual({ author: 'Tom Baker', outlet: 'Border Desk Daily' });
    } finally {
      run.child.kill('SIGTERM');
    }
    const exit = await run.exited;
    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stderr).toContain('ingest: stopped');
  }, 180_000);
});
