import type { Span } from '../extraction.js';
import { lowerBound } from './lower-bound.js';

/**
 * Spans sorted by start, asked "which covers this offset" and "does any overlap this range" in
 * logarithmic time. Extractors ask once per token or figure, so a scan of every span each time made
 * extraction quadratic on pages with thousands of furniture spans.
 */
export class SortedSpans<T extends Span> {
  private readonly spans: readonly T[];
  /** reach[i]: the furthest end among spans[0..i], so a backward scan knows when nothing further back can reach. */
  private readonly reach: readonly number[];

  constructor(spans: readonly T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let far = -Infinity;
    this.reach = this.spans.map((s) => (far = Math.max(far, s.end)));
  }

  /** The first span in start order with start <= offset < end. */
  covering(offset: number): T | undefined {
    let found: T | undefined;
    for (let i = lowerBound(this.spans, offset + 1) - 1; i >= 0 && (this.reach[i] ?? -Infinity) > offset; i--) {
      const span = this.spans[i]!;
      if (span.end > offset) found = span;
    }
    return found;
  }

  /** True when some span shares at least one offset with [start, end). */
  overlaps(start: number, end: number): boolean {
    const i = lowerBound(this.spans, end) - 1;
    return i >= 0 && (this.reach[i] ?? -Infinity) > start;
  }
}
