/**
 * Index of the first item whose start is at or after `offset`, in items sorted by start (the length when
 * there is none). Mentions, speakers and quotes are kept sorted so each lookup can begin here instead of
 * scanning from the top: a scan per figure or quote made extraction quadratic in an article's length.
 * `startOf` reads the start of items that keep it elsewhere (a quotation's opening mark).
 */
export function lowerBound<T extends { readonly start: number }>(items: readonly T[], offset: number): number;
export function lowerBound<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number;
export function lowerBound<T>(
  items: readonly T[],
  offset: number,
  startOf = (item: T) => (item as { readonly start: number }).start,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
