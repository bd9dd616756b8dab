import type { Random } from './random.js';

/**
 * Draws ranks 0..size-1 with probability ∝ 1/(rank+1)^exponent: a few prominent names turn up in
 * hundreds of articles, the long tail in one or two, as in real reporting.
 */
export interface Zipf {
  readonly size: number;
  draw(random: Random): number;
}

export function zipf(size: number, exponent: number): Zipf {
  const cdf = new Float64Array(size);
  let total = 0;
  for (let k = 0; k < size; k++) {
    total += 1 / Math.pow(k + 1, exponent);
    cdf[k] = total;
  }
  return {
    size,
    draw(random) {
      const target = random.next() * total;
      let lo = 0;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cdf[mid] ?? 0) < target) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/** `count` distinct ranks (fewer if the distribution keeps repeating itself). */
export function drawDistinct(
  dist: Zipf,
  random: Random,
  count: number,
  accept: (rank: number) => boolean = () => true,
): number[] {
  const out: number[] = [];
  for (let attempts = 0; out.length < count && attempts < count * 20; attempts++) {
    const rank = dist.draw(random);
    if (!out.includes(rank) && accept(rank)) out.push(rank);
  }
  return out;
}
