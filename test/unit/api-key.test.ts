import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Every comparison goes through node:crypto's timingSafeEqual; the spy records what it compared.
const { comparisons } = vi.hoisted(() => ({ comparisons: [] as [number, number][] }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  return {
    ...crypto,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      comparisons.push([a.byteLength, b.byteLength]);
      return crypto.timingSafeEqual(a, b);
    },
  };
});

const { isValidKey, presentedKey } = await import('../../server/api-key.js');

const KEYS = ['first-key-0123456789', 'second-key-abcdefghijklmnop'];

beforeEach(() => {
  comparisons.length = 0;
});

describe('isValidKey', () => {
  it('when the right key is presented, then it is valid, whichever configured key it is', () => {
    expect(isValidKey('first-key-0123456789', KEYS)).toBe(true);
    expect(isValidKey('second-key-abcdefghijklmnop', KEYS)).toBe(true);
  });

  it('when a wrong key of the same length is presented, then it is not valid', () => {
    expect(isValidKey('first-key-0123456780', KEYS)).toBe(false);
  });

  it('when a key of a different length (a prefix, a longer one) is presented, then it is not valid and nothing throws', () => {
    expect(isValidKey('first-key', KEYS)).toBe(false);
    expect(isValidKey('first-key-0123456789-and-more', KEYS)).toBe(false);
    expect(isValidKey('x'.repeat(10_000), KEYS)).toBe(false);
  });

  it('when no key is configured, or none is presented, then nothing is valid', () => {
    expect(isValidKey('first-key-0123456789', [])).toBe(false);
    expect(isValidKey('', KEYS)).toBe(false);
    expect(isValidKey(undefined, KEYS)).toBe(false);
    expect(isValidKey('', [''])).toBe(false);
  });

  it('when a key is checked, then timingSafeEqual compares equal-length SHA-256 digests against every configured key, without stopping at a match', () => {
    isValidKey('first-key-0123456789', KEYS);
    isValidKey('short', KEYS);

    expect(comparisons).toEqual([
      [32, 32],
      [32, 32],
      [32, 32],
      [32, 32],
    ]);
    const source = readFileSync(new URL('../../server/api-key.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/createHash\('sha256'\)/);
    expect(source).not.toMatch(/===\s*key|key\s*===|\.includes\(presented/);
  });

  it('when headers carry a key, then it is read from "Authorization: Bearer" or "x-api-key"', () => {
    expect(presentedKey({ authorization: 'Bearer abc' })).toBe('abc');
    expect(presentedKey({ 'x-api-key': 'def' })).toBe('def');
    expect(presentedKey({ authorization: 'Basic abc' })).toBeUndefined();
  });
});
