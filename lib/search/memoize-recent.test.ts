import { describe, expect, it, vi } from 'vitest';
import { memoizeRecent } from './memoize-recent';

describe('memoizeRecent', () => {
  it('computes each input once while it is among the last `limit` used, dropping the least recently used', () => {
    const compute = vi.fn((input: string) => ({ upper: input.toUpperCase() }));
    const memoized = memoizeRecent(compute, 2);
    const first = memoized('a');
    expect(memoized('a')).toBe(first);
    memoized('b');
    memoized('a');
    memoized('c');
    expect(compute.mock.calls.map(([input]) => input)).toEqual(['a', 'b', 'c']);
    // 'b' was the least recently used when 'c' came in; 'a' was used after it.
    memoized('a');
    memoized('b');
    expect(compute.mock.calls.map(([input]) => input)).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps undefined results too', () => {
    const compute = vi.fn((): undefined => undefined);
    const memoized = memoizeRecent(compute, 5);
    memoized('x');
    memoized('x');
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
