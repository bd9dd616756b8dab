import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../resolvers/paging/paginate.js';

describe('cursors', () => {
  it('when a cursor was issued by a list, then it decodes to its key and id', () => {
    const cursor = encodeCursor('INGESTED_AT', '2026-11-23T23:15:31.123Z', 'a1');

    expect(decodeCursor(cursor, 'INGESTED_AT', 'after')).toEqual({ key: '2026-11-23T23:15:31.123Z', id: 'a1' });
  });

  it('when a forged cursor holds a time that is not one, then it is refused as a bad cursor before any statement runs', () => {
    const forged = encodeCursor('INGESTED_AT', "'}) DETACH DELETE n //", 'a1');

    expect(() => decodeCursor(forged, 'INGESTED_AT', 'after')).toThrow('`after` is not a cursor issued by this API.');
  });

  it('when a cursor comes from another sort, then the error names both sorts', () => {
    const cursor = encodeCursor('TITLE', 'a title', 'a1');

    expect(() => decodeCursor(cursor, 'PUBLISHED_AT', 'before')).toThrow(
      '`before` is a cursor for sort TITLE, but this request sorts by PUBLISHED_AT.',
    );
  });

  it('when a title key holds any text, then it is a key like any other (only parsed keys are checked)', () => {
    const cursor = encodeCursor('TITLE', "'}) DETACH DELETE n //", 'a1');

    expect(decodeCursor(cursor, 'TITLE', 'after').key).toBe("'}) DETACH DELETE n //");
  });
});
