import { describe, expect, it } from 'vitest';
import { NearDuplicates } from '../../../loaders/clean/rules/near-duplicates.js';
import { cutAt } from '../../../loaders/text/cut-at.js';
import { lowerBound } from '../../../loaders/text/lower-bound.js';
import { SortedSpans } from '../../../loaders/text/sorted-spans.js';

// The indexes that replaced scans of every span, mention or paragraph must answer exactly as the scans
// did; each is checked against the scan it replaced, on many random cases.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('indexes over sorted spans', () => {
  it('when spans overlap, nest or touch, then covering() and overlaps() agree with a scan of every span', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: Math.floor(next() * 30) }, () => {
        const start = Math.floor(next() * 100);
        return { start, end: start + 1 + Math.floor(next() * 15) };
      }).sort((a, b) => a.start - b.start || a.end - b.end);
      const index = new SortedSpans(spans);
      for (let offset = -1; offset < 120; offset++) {
        expect(index.covering(offset)).toBe(spans.find((s) => s.start <= offset && offset < s.end));
        expect(index.overlaps(offset, offset + 5)).toBe(spans.some((s) => s.start < offset + 5 && offset < s.end));
      }
    }
  });

  it('when items share starts, then lowerBound() is the first at or after the offset', () => {
    const items = [1, 3, 3, 3, 8].map((start) => ({ start }));

    expect([0, 1, 2, 3, 4, 8, 9].map((offset) => lowerBound(items, offset))).toEqual([0, 0, 1, 1, 4, 4, 5]);
  });
});

describe('cutting over-long text', () => {
  it('when there is a space or a boundary before the limit, then the cut is there; else never inside a surrogate pair', () => {
    expect(cutAt('aaaa bbbb cccc', 0, 12)).toBe(10);
    expect(cutAt('Alpha beta. Gamma delta epsilon', 0, 20, /[.!?]\s+/)).toBe(12);
    expect(cutAt('Alpha beta. Gamma delta epsilon', 0, 20)).toBe(18);
    expect(cutAt('😀😀😀😀', 0, 5)).toBe(4);
    expect(cutAt('abcdefgh', 0, 5)).toBe(5);
  });
});

describe('near-duplicate word sets', () => {
  const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
    let shared = 0;
    for (const w of a) if (b.has(w)) shared++;
    return shared / (a.size + b.size - shared);
  };

  it('when sets are compared through the rare-word prefixes, then the answers are those of comparing every pair', () => {
    const next = random(11);
    const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i}`);
    for (let round = 0; round < 100; round++) {
      const base = Array.from({ length: 8 }, () => vocabulary[Math.floor(next() * vocabulary.length)]!);
      const sets = Array.from(
        { length: 60 },
        () =>
          new Set(base.filter(() => next() > 0.2).concat(next() > 0.5 ? [vocabulary[Math.floor(next() * 40)]!] : [])),
      );
      const index = new NearDuplicates(sets, 0.75);
      const kept: Set<string>[] = [];
      for (const words of sets) {
        const expected = kept.some((k) => jaccard(k, words) >= 0.75);

        expect(index.repeats(words, jaccard)).toBe(expected);
        if (!expected) {
          index.keep(words);
          kept.push(words);
        }
      }
    }
  });
});
