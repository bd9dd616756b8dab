import { lowerBound } from '../../text/lower-bound.js';
import type { QuoteSpan } from '../../text/quote-marks.js';

/** Where the first quotation opening at or after `offset` opens (Infinity when none does). */
export function nextQuoteStart(quotes: readonly QuoteSpan[], offset: number): number {
  return quotes[lowerBound(quotes, offset, (q) => q.outer.start)]?.outer.start ?? Infinity;
}

/** The quotation holding an offset, if any. */
export function quoteAt(quotes: readonly QuoteSpan[], offset: number): QuoteSpan | undefined {
  const q = quotes[lowerBound(quotes, offset + 1, (x) => x.outer.start) - 1];
  return q && offset < q.outer.end ? q : undefined;
}
