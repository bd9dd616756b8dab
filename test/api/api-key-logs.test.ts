/** The API key never reaches the logs: a logger at trace level writing to a buffer, during keyed requests. */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { Executor } from '../../db/executor.js';
import { loadStatements } from '../../db/statements.js';
import { loadConfig } from '../../runtime/config.js';
import { createApp } from '../../server/create-app.js';
import { openTestDatabase } from '../support/database.js';

const db = openTestDatabase();
const KEY = 'log-test-key-5f1c9a7e2b';
afterAll(() => db.close());

describe('API keys and logs', () => {
  it('when requests carry the key (right, wrong, in either header), then no log line contains it', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = pino({ level: 'trace' }, sink);
    const executor = new Executor(db.driver, {
      database: undefined,
      timeoutMs: 30_000,
      logger,
      statements: loadStatements(),
    });
    const { app, stop } = await createApp(loadConfig({ NODE_ENV: 'test', API_KEYS: KEY }), executor, logger);
    const http = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => http.once('listening', resolve));
    const address = http.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    try {
      const send = (headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        }).then((response) => response.json());
      const missing = { id: Buffer.from('Article:none').toString('base64url') };
      await send({ authorization: `Bearer ${KEY}` }, 'mutation($id: ID!) { deleteArticle(id: $id) }', missing);
      await send({ 'x-api-key': KEY }, 'mutation($id: ID!) { deleteArticle(id: $id) }', missing);
      await send({ authorization: `Bearer ${KEY}x` }, 'mutation($id: ID!) { deleteArticle(id: $id) }', missing);
      await send({ 'x-api-key': KEY }, '{ articles(first: 1) { totalCount } }');
      await send({ 'x-api-key': KEY }, '{ nosuchfield }');
    } finally {
      await new Promise((resolve) => http.close(resolve));
      await stop();
    }

    const log = lines.join('');
    expect(log).toContain('cypher'); // the requests were logged (at trace level), so the check below means something
    expect(log).not.toContain(KEY);
    expect(log).not.toContain(KEY.slice(0, 12));
  });
});
