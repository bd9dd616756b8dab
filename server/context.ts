/**
 * Per-request state: a request id, an executor that counts this request's round-trips, and the request's
 * DataLoaders. Resolvers hold no state of their own.
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import { EMPTY_CURATION, type Curation } from '../loaders/curation/curation.js';
import { createDataLoaders, type DataLoaders } from '../resolvers/dataloaders.js';

export interface Context {
  readonly requestId: string;
  readonly executor: Executor;
  readonly loaders: DataLoaders;
  /** True when the request carried one of the configured API keys. */
  readonly authenticated: boolean;
  /** The analyst corrections that `ingestArticle` applies, like every other load. */
  readonly curation: Curation;
}

export function createContext(executor: Executor, authenticated: boolean, curation: Curation = EMPTY_CURATION, requestId: string = randomUUID()): Context {
  const requestExecutor = executor.forRequest();
  return { requestId, executor: requestExecutor, loaders: createDataLoaders(requestExecutor), authenticated, curation };
}
