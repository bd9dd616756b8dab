import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { clientError } from '../../db/executor.js';
import { ErrorCode } from '../../runtime/errors.js';

// Neo4j 5's words for its two memory limits: one code, the setting reached named in the message.
const outOfMemory = (setting: string) =>
  new Neo4jError(
    `The allocation of an extra 2.0 MiB would use more than the limit 2.1 GiB. Currently using 2.1 GiB. ${setting} threshold reached`,
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    '50N42',
    'error',
  );

describe('clientError', () => {
  it.each([
    ['dbms.memory.transaction.total.max', ErrorCode.DATABASE_BUSY],
    ['db.memory.transaction.max', ErrorCode.REQUEST_TOO_LARGE],
  ])('when Neo4j reports %s reached, then the client sees %s', (setting, code) => {
    expect(clientError(outOfMemory(setting))).toMatchObject({ extensions: { code } });
  });

  it('when Neo4j reports anything else, then the error is passed on as it is', () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error');

    expect(clientError(syntax)).toBe(syntax);
  });
});
