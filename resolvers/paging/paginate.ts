/**
 * Keyset pagination shared by every connection. A cursor holds the sort, the sort key and the graph id of
 * a row; a page is "the rows after (or before) that key in this order", so adding data between two page
 * requests never shifts or repeats rows. Backward pages run the same statement in the opposite direction.
 */
import type { KeysetParams } from '../../db/statements/paging.js';
import type { Native } from '../../db/to-native.js';
import { DEFAULT_PAGE_SIZE } from '../../runtime/config.js';
import { BadUserInputError } from '../../runtime/errors.js';
import type { ConnectionSource } from '../../schema/connection.type.js';
import type { PageArgs } from '../../schema/page.args.js';

interface PagePlan {
  readonly params: KeysetParams;
  readonly size: number;
  readonly backward: boolean;
  readonly anchored: boolean;
}

export function encodeCursor(sort: string, key: Native, id: string): string {
  return Buffer.from(JSON.stringify([sort, key, id]), 'utf8').toString('base64url');
}

// Keys a statement parses (`datetime($afterKey)`) must have the form they were issued in: a forged
// cursor is the client's error, not a failure inside Neo4j.
const KEY_FORMATS: Readonly<Record<string, RegExp>> = {
  INGESTED_AT: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
};

export function decodeCursor(cursor: string, sort: string, argument: string): { key: Native; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[2] !== 'string') {
    throw new BadUserInputError(`\`${argument}\` is not a cursor issued by this API.`, argument);
  }
  if (parsed[0] !== sort) {
    throw new BadUserInputError(
      `\`${argument}\` is a cursor for sort ${String(parsed[0])}, but this request sorts by ${sort}.`,
      argument,
    );
  }
  if (KEY_FORMATS[sort]?.test(String(parsed[1])) === false) {
    throw new BadUserInputError(`\`${argument}\` is not a cursor issued by this API.`, argument);
  }
  return { key: parsed[1] as Native, id: parsed[2] };
}

function checkSize(value: number | null | undefined, argument: string, maxSize: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > maxSize) {
    throw new BadUserInputError(
      `\`${argument}\` must be between 0 and ${maxSize} (the page size limit, set by MAX_PAGE_SIZE), got ${value}.`,
      argument,
    );
  }
  return value;
}

/** `maxSize` is the configured page size limit (`Context.maxPageSize`). */
export function planPage(args: PageArgs, sort: string, descending: boolean, maxSize: number): PagePlan {
  const first = checkSize(args.first, 'first', maxSize);
  const last = checkSize(args.last, 'last', maxSize);
  if (first !== undefined && last !== undefined)
    throw new BadUserInputError('Pass either `first` or `last`, not both.', 'last');
  if (args.after && args.before) throw new BadUserInputError('Pass either `after` or `before`, not both.', 'before');
  const backward = last !== undefined || Boolean(args.before);
  const size = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
  const cursor = backward ? args.before : args.after;
  const anchor = cursor ? decodeCursor(cursor, sort, backward ? 'before' : 'after') : undefined;
  return {
    size,
    backward,
    anchored: anchor !== undefined,
    // One extra row tells whether another page follows.
    params: {
      sort,
      descending: backward ? !descending : descending,
      afterKey: anchor?.key ?? null,
      afterId: anchor?.id ?? null,
      limit: size + 1,
    },
  };
}

/** Turns the rows of a list statement (`{node, key, …}`) into a connection; `toNode` gets each whole row. */
export function toConnection<R extends { readonly node: { readonly id: string }; readonly key: Native }, T>(
  rows: readonly R[],
  plan: PagePlan,
  toNode: (row: R) => T,
  countTotal: () => Promise<number>,
): ConnectionSource<T> {
  return connect(rows, plan, (row) => [row.key ?? null, row.node.id], toNode, countTotal);
}

/** `rows` hold at most one more than a page; that extra row tells whether another page follows. */
function connect<R, T>(
  rows: readonly R[],
  plan: PagePlan,
  cursorOf: (row: R) => [Native, string],
  toNode: (row: R) => T,
  countTotal: () => Promise<number>,
): ConnectionSource<T> {
  const more = rows.length > plan.size;
  const page = rows.slice(0, plan.size);
  if (plan.backward) page.reverse();
  const edges = page.map((row) => ({ cursor: encodeCursor(plan.params.sort, ...cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: plan.backward ? plan.anchored : more,
      hasPreviousPage: plan.backward ? more : plan.anchored,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal,
  };
}
