/**
 * Why an input could not be read. The `reason` codes are stable (scripts and the ingest summary key on
 * them); the message is for people and always names the input and, where known, the place in it.
 */
export type ReadReason =
  | 'empty'
  | 'binary'
  | 'invalid_utf8'
  | 'too_large'
  | 'unreadable'
  | 'bad_front_matter'
  | 'bad_feed'
  | 'bad_feed_item'
  | 'unsupported';

export interface ReadErrorOptions {
  readonly cause?: unknown;
  /** 1-based line in the input, when the problem has one. */
  readonly line?: number;
  /** 0-based byte offset in the input, when the problem has one. */
  readonly offset?: number;
}

export class ReadError extends Error {
  readonly reason: ReadReason;
  readonly source: string;
  readonly line: number | undefined;
  readonly offset: number | undefined;

  /** `problem` is what went wrong; the source is prefixed so the message stands on its own in a log. */
  constructor(reason: ReadReason, source: string, problem: string, options: ReadErrorOptions = {}) {
    super(`${source}: ${problem}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ReadError';
    this.reason = reason;
    this.source = source;
    this.line = options.line;
    this.offset = options.offset;
  }
}
