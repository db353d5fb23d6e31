import { describe, expect, it } from 'vitest';
import { readTrustProxy } from './read-trust-proxy';

describe('readTrustProxy', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['false', 0],
    ['0', 0],
    ['true', 1],
    ['1', 1],
    [' 2 ', 2],
  ])('%o → %i proxies', (value, expected) => {
    expect(readTrustProxy(value)).toBe(expected);
  });

  it.each(['yes', '6', '-1', '1.5', 'loopback'])('refuses %o with a message naming the variable', (value) => {
    expect(() => readTrustProxy(value)).toThrow(/TRUST_PROXY/);
  });
});
