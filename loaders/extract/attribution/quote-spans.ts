import { lowerBound } from '../../text/lower-bound.js';
import type { QuoteSpan } from '../../text/quote-marks.js';
import type { AttributionScope } from './attribution-rule.js';

/** Where the first quotation opening at or after `offset` opens (Infinity when none does). */
export function nextQuoteStart(quotes: readonly QuoteSpan[], offset: number): number {
  return quotes[lowerBound(quotes, offset, (q) => q.outer.start)]?.outer.start ?? Infinity;
}

/** The quotation holding an offset, if any. */
export function quoteAt(quotes: readonly QuoteSpan[], offset: number): QuoteSpan | undefined {
  const q = quotes[lowerBound(quotes, offset + 1, (x) => x.outer.start) - 1];
  return q && offset < q.outer.end ? q : undefined;
}

/** True when `offset` lies inside a quotation that does not also hold `reference`. */
export function insideOtherQuote(scope: Pick<AttributionScope, 'quotes'>, offset: number, reference: number): boolean {
  const q = quoteAt(scope.quotes, offset);
  return !!q && !(reference >= q.outer.start && reference < q.outer.end);
}
