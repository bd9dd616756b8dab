/**
 * Index of the first item whose start is at or after `offset`, in items sorted by start (the length when
 * there is none). Mentions, speakers and quotes are kept sorted so each lookup can begin here instead of
 * scanning from the top: a scan per figure or quote made extraction quadratic in an article's length.
 */
export function lowerBound(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
