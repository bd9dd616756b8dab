/**
 * Per-request state: a request id, an executor that counts this request's round-trips, and the request's
 * DataLoaders. Resolvers hold no state of their own.
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/executor.js';
import { EMPTY_CURATION, type Curation } from '../../loaders/resolve/curation.js';
import { createDataLoaders, type DataLoaders } from './dataloaders.js';
import { DEFAULT_MAX_PAGE_SIZE } from '../../runtime/config.js';

export interface Context {
  readonly requestId: string;
  readonly executor: Executor;
  readonly loaders: DataLoaders;
  /** True when the request carried one of the configured API keys. */
  readonly authenticated: boolean;
  /** True when the request carried a key, valid or not (to tell a wrong key from none). */
  readonly keySent: boolean;
  /** The analyst corrections that `ingestArticle` applies, like every other load. */
  readonly curation: Curation;
  /** Most items a page may ask for with `first`/`last` (MAX_PAGE_SIZE). */
  readonly maxPageSize: number;
  /** Who is asking, for fair sharing: the API key's digest when a valid one was sent, else the IP. */
  readonly client: string;
}

export interface ContextOptions {
  readonly client?: string;
  readonly keySent?: boolean;
  readonly curation?: Curation;
  readonly requestId?: string;
  readonly maxPageSize?: number;
}

export function createContext(executor: Executor, authenticated: boolean, options: ContextOptions = {}): Context {
  const requestExecutor = executor.forRequest();
  return {
    requestId: options.requestId ?? randomUUID(),
    executor: requestExecutor,
    loaders: createDataLoaders(requestExecutor),
    authenticated,
    keySent: options.keySent ?? authenticated,
    curation: options.curation ?? EMPTY_CURATION,
    maxPageSize: options.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE,
    client: options.client ?? 'local',
  };
}
