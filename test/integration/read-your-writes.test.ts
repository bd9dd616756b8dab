/**
 * On a cluster, READ sessions go to followers, which may lag the leader that took a write. The executor
 * threads one bookmark manager through every session it opens, so a read starts from the last write it
 * saw; checked here on what the driver actually hands the embedded server.
 */
import neo4j, { type BookmarkManager } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { Executor } from '../../db/executor.js';
import { loadStatements } from '../../db/statements.js';
import { listApplied } from '../../db/statements/migrations.js';
import { openTestDatabase, testLogger } from '../support/database.js';

const db = openTestDatabase();
afterAll(() => db.close());

/** A bookmark manager that notes what each transaction was started from and what each commit left. */
function recordingBookmarks() {
  const inner = neo4j.bookmarkManager();
  const startedFrom: string[][] = [];
  const committed: string[][] = [];
  const manager: BookmarkManager = {
    async updateBookmarks(previous, next) {
      committed.push([...next]);
      await inner.updateBookmarks(previous, next);
    },
    async getBookmarks() {
      const bookmarks = [...(await inner.getBookmarks())];
      startedFrom.push(bookmarks);
      return bookmarks;
    },
  };
  return { manager, startedFrom, committed };
}

describe('read-your-writes', () => {
  it('when a write commits, then the next read, from any executor derived from the same one, starts from its bookmark and sees it', async () => {
    const bookmarks = recordingBookmarks();
    const executor = new Executor(db.driver, {
      database: undefined,
      timeoutMs: 30_000,
      logger: testLogger,
      statements: loadStatements(),
      bookmarks: bookmarks.manager,
    });
    const id = `ryw-${Date.now()}-${Math.random().toString(36).slice(2)}`;

    await executor.runRaw('CREATE (:ReadYourWritesTest {id: $id})', { id });
    const afterWrite = bookmarks.committed.at(-1);
    const readsBefore = bookmarks.startedFrom.length;
    const rows = await executor
      .forRequest()
      .runRaw('MATCH (n:ReadYourWritesTest {id: $id}) RETURN n.id AS id', { id }, 'READ');
    await executor.runRaw('MATCH (n:ReadYourWritesTest {id: $id}) DELETE n', { id });

    expect(afterWrite?.length).toBeGreaterThan(0);
    expect(bookmarks.startedFrom.slice(readsBefore)[0]).toEqual(expect.arrayContaining(afterWrite!));
    expect(rows).toEqual([{ id }]);
  });

  it('when a managed write transaction commits, then a read started after it carries its bookmark', async () => {
    const bookmarks = recordingBookmarks();
    const executor = new Executor(db.driver, {
      database: undefined,
      timeoutMs: 30_000,
      logger: testLogger,
      statements: loadStatements(),
      bookmarks: bookmarks.manager,
    });

    // Any statement will do: the commit of a managed write transaction is what leaves a bookmark.
    await executor.write(listApplied, {});
    const afterWrite = bookmarks.committed.at(-1);
    const readsBefore = bookmarks.startedFrom.length;
    await executor.withTimeout(0).read(listApplied, {});

    expect(afterWrite?.length).toBeGreaterThan(0);
    expect(bookmarks.startedFrom.slice(readsBefore)[0]).toEqual(expect.arrayContaining(afterWrite!));
  });
});
