import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { convertToSimplified } from '../../text/convert-to-simplified';
import { loadSampleArticles } from './fixtures/sample-articles';
import { fromSigned64, hammingDistance, nearDuplicateMaxDistance, simhash, simhashBands, toSigned64 } from './simhash';

const { consumerNews, hubeiNews } = loadSampleArticles();
const withoutParagraph = (paragraphs: readonly string[], index: number) => paragraphs.filter((_, other) => other !== index).join('\n\n');
const isNear = (a: string, b: string) => hammingDistance(simhash(a), simhash(b)) <= nearDuplicateMaxDistance;

// A deterministic pseudo-random source, so a failure can be reproduced.
function* randomUint32(seed: number): Generator<number> {
  let state = seed >>> 0;
  for (;;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    yield state;
  }
}

describe('simhash on the samples', () => {
  describe.each([
    ['000', consumerNews],
    ['003', hubeiNews],
  ])('sample %s', (_name, article) => {
    it.each(article.paragraphs.map((_, index) => index))('stays near with paragraph %i dropped', (index) => {
      expect(isNear(article.bodyText, withoutParagraph(article.paragraphs, index))).toBe(true);
    });

    it('stays near with a few words and figures changed', () => {
      const edited = article.bodyText.replace('武漢', '長沙').replace('知識產權', '專利').replace(/\d+/u, '99');
      expect(edited).not.toBe(article.bodyText);
      expect(isNear(article.bodyText, edited)).toBe(true);
    });

    it('gives the Simplified copy and a Taiwan-style Traditional copy the same hash', () => {
      const simplified = convertToSimplified(article.bodyText);
      const taiwanese = Converter({ from: 'cn', to: 'tw' })(simplified);
      expect(simhash(simplified)).toBe(simhash(article.bodyText));
      expect(hammingDistance(simhash(taiwanese), simhash(article.bodyText))).toBeLessThanOrEqual(1);
    });
  });

  it('keeps the two samples far apart, though both are about 知识产权 in Hubei', () => {
    expect(hammingDistance(simhash(consumerNews.bodyText), simhash(hubeiNews.bodyText))).toBeGreaterThan(2 * nearDuplicateMaxDistance);
  });

  it('keeps a paragraph of one sample far from the whole of the other', () => {
    expect(isNear(hubeiNews.paragraphs[0] ?? '', consumerNews.bodyText)).toBe(false);
  });

  it('is an unsigned 64-bit value, and 0 for text without words', () => {
    const hash = simhash(hubeiNews.bodyText);
    expect(hash).toBeGreaterThan(0n);
    expect(hash).toBeLessThan(1n << 64n);
    expect(simhash('')).toBe(0n);
    expect(simhash('2024-07-31 12:00 ……')).toBe(0n);
  });
});

describe('hammingDistance', () => {
  it.each([
    [0n, 0n, 0],
    [0n, (1n << 64n) - 1n, 64],
    [1n, 3n, 1],
    [0xf0f0n, 0x0ff0n, 8],
    [1n << 63n, 0n, 1],
  ])('between %s and %s is %i', (a, b, expected) => {
    expect(hammingDistance(a, b)).toBe(expected);
  });

  it('treats the signed and unsigned forms of a hash alike', () => {
    const hash = (1n << 63n) | 12345n;
    expect(hammingDistance(toSigned64(hash), hash)).toBe(0);
    expect(hammingDistance(toSigned64(hash), 12345n)).toBe(1);
  });
});

describe('toSigned64 and fromSigned64', () => {
  it.each([
    [0n, 0n],
    [(1n << 63n) - 1n, (1n << 63n) - 1n],
    [1n << 63n, -(1n << 63n)],
    [(1n << 64n) - 1n, -1n],
  ])('map %s to %s and back', (unsigned, signed) => {
    expect(toSigned64(unsigned)).toBe(signed);
    expect(fromSigned64(signed)).toBe(unsigned);
  });

  it('refuse values outside their range', () => {
    expect(() => toSigned64(-1n)).toThrow(RangeError);
    expect(() => toSigned64(1n << 64n)).toThrow(RangeError);
    expect(() => fromSigned64(1n << 63n)).toThrow(RangeError);
    expect(() => fromSigned64(-(1n << 63n) - 1n)).toThrow(RangeError);
  });
});

describe('simhashBands', () => {
  const randomBits = randomUint32(20261121);
  const randomHash = () => (BigInt(randomBits.next().value as number) << 32n) | BigInt(randomBits.next().value as number);
  const shareKey = (a: bigint, b: bigint) => simhashBands(a).some((key) => simhashBands(b).includes(key));

  it('gives 28 distinct keys that fit a PostgreSQL integer', () => {
    const keys = simhashBands((1n << 64n) - 1n);
    expect(new Set(keys).size).toBe(28);
    for (const key of keys) expect(key).toBeGreaterThanOrEqual(0);
    expect(Math.max(...keys)).toBe(27 * 65536 + 65535);
  });

  it('gives the same keys for the signed form', () => {
    const hash = randomHash() | (1n << 63n);
    expect(simhashBands(toSigned64(hash))).toEqual(simhashBands(hash));
  });

  it(`shares a key between any two hashes at most ${nearDuplicateMaxDistance} bits apart`, () => {
    for (let trial = 0; trial < 2000; trial++) {
      const hash = randomHash();
      let other = hash;
      const flips = 1 + (trial % nearDuplicateMaxDistance);
      while (hammingDistance(hash, other) < flips) other ^= 1n << BigInt((randomBits.next().value as number) % 64);
      expect(shareKey(hash, other)).toBe(true);
    }
  });

  it('need not share a key once 7 bytes differ', () => {
    const hash = randomHash();
    const other = hash ^ 0x01_01_01_01_01_01_01_00n;
    expect(hammingDistance(hash, other)).toBe(7);
    expect(shareKey(hash, other)).toBe(false);
  });

  it('rarely shares a key between unrelated hashes', () => {
    let shared = 0;
    for (let trial = 0; trial < 2000; trial++) if (shareKey(randomHash(), randomHash())) shared++;
    expect(shared).toBeLessThan(10);
  });
});
