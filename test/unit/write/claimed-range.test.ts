import { describe, expect, it } from 'vitest';
import { claimedRange } from '../../../loaders/write/claimed-range.js';

const range = (value: number | null, qualifier: string | null = null, valueHigh: number | null = null) =>
  claimedRange({ value, valueHigh, qualifier });

/** Whether two figures' claimed values can both be true. */
function canBothHold(a: [number, number] | null, b: [number, number] | null): boolean {
  return a !== null && b !== null && a[0] <= b[1] && b[0] <= a[1];
}

describe('claimedRange', () => {
  it('when a figure is exact, then it claims its value alone, and another exact value cannot hold with it', () => {
    expect(range(480)).toEqual([480, 480]);
    expect(canBothHold(range(480), range(520))).toBe(false);
  });

  it('when a figure is a lower bound, then any value from it upward can hold with it, none below', () => {
    expect(canBothHold(range(4000, 'more than'), range(4750))).toBe(true);
    expect(canBothHold(range(4000, 'at least'), range(3900))).toBe(false);
  });

  it('when a figure is an upper bound, then any value up to it can hold with it, none above', () => {
    expect(canBothHold(range(60, 'fewer than'), range(41))).toBe(true);
    expect(canBothHold(range(60, 'up to'), range(75))).toBe(false);
  });

  it('when a figure is rounded or nearly reached, then values within a tenth of it can hold with it', () => {
    expect(canBothHold(range(300, 'about'), range(320))).toBe(true);
    expect(canBothHold(range(300, 'approximately'), range(340))).toBe(false);
    expect(canBothHold(range(300, 'nearly'), range(285))).toBe(true);
    expect(canBothHold(range(300, 'nearly'), range(310))).toBe(false);
  });

  it('when a figure is a range, then it claims the values between its ends, in either order', () => {
    expect(range(3, null, 2)).toEqual([2, 3]);
    expect(canBothHold(range(2_000_000, null, 3_000_000), range(2_500_000))).toBe(true);
  });

  it('when an amount is vague, then it claims nothing', () => {
    expect(range(null, 'more than')).toBeNull();
  });
});
