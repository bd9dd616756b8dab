import type { ReadError } from './read-error.js';

/** One thing to read, as the command-line arguments expand to it. */
export type Input =
  | { readonly kind: 'file'; readonly path: string; readonly source: string }
  | { readonly kind: 'stdin'; readonly source: string }
  /** An argument that names nothing readable: reported in order with the rest. */
  | { readonly kind: 'failed'; readonly error: ReadError };
