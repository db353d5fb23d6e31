// Near-duplicate fingerprints: a 64-bit SimHash of the article body, compared by Hamming distance.
// PostgreSQL keeps it as a signed BIGINT, plus band keys in a GIN-indexed int[] so candidates are
// found with `simhash_bands && $keys` and then checked with the exact distance.
//
// Why 6 bits and not the classic 3: dropping one paragraph of an article moves the hash by
// 3–5 bits on average and sometimes more (a paragraph of a short article is 8–17% of it).
// Measured over 300 hash seeds, a threshold of 3 caught 63% of single-paragraph drops in sample
// 003 and 33% in sample 000; a threshold of 6 caught 94% and 80%. The two samples (same subject,
// different articles) sit near 20 bits apart and came within 10 bits in 0.3% of the trials;
// other articles are 20–30 bits away. Three-word edits stay within 1–2 bits.
//
// Band keys: the hash is split into 8 bytes; two hashes within 6 bits differ in at most 6 bytes,
// so at least 2 bytes agree, and every pair of byte positions gets a key
// (pairIndex * 65536 + the two bytes): any hash within 6 bits shares a key. A random hash shares
// one of the 28 keys with probability 28 / 65536, so the index narrows the search to ~0.04%.
import { hashFeature64 } from './hash-feature-64';
import { simhashFeatures } from './simhash-features';

export const nearDuplicateMaxDistance = 6;

const bitsPerHalf = 32;
const twoTo63 = 1n << 63n;
const twoTo64 = 1n << 64n;

/** The unsigned 64-bit SimHash of a text; 0n when it has no Han characters or words at all. */
export function simhash(text: string): bigint {
  // Per bit, the weight of the features that set it; the bit is on where that is over half.
  const setWeights = new Float64Array(2 * bitsPerHalf);
  let totalWeight = 0;
  for (const { text: feature, family, weight } of simhashFeatures(text)) {
    const [high, low] = hashFeature64(feature, family);
    for (let bit = 0; bit < bitsPerHalf; bit++) {
      setWeights[bit] = (setWeights[bit] ?? 0) + weight * ((low >>> bit) & 1);
      setWeights[bitsPerHalf + bit] = (setWeights[bitsPerHalf + bit] ?? 0) + weight * ((high >>> bit) & 1);
    }
    totalWeight += weight;
  }
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < bitsPerHalf; bit++) {
    if (2 * (setWeights[bit] ?? 0) > totalWeight) low |= 1 << bit;
    if (2 * (setWeights[bitsPerHalf + bit] ?? 0) > totalWeight) high |= 1 << bit;
  }
  return (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0);
}

function countBits(value: number): number {
  let rest = value - ((value >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return (Math.imul((rest + (rest >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Differing bits of two hashes; either may be in unsigned or signed (database) form. */
export function hammingDistance(a: bigint, b: bigint): number {
  const difference = BigInt.asUintN(64, a ^ b);
  return countBits(Number(difference >> 32n)) + countBits(Number(difference & 0xffffffffn));
}

/** For the BIGINT column: the same 64 bits read as two's complement. */
export function toSigned64(hash: bigint): bigint {
  if (hash < 0n || hash >= twoTo64) throw new RangeError(`Not an unsigned 64-bit value: ${hash}`);
  return BigInt.asIntN(64, hash);
}

/** Back from the BIGINT column to the unsigned hash. */
export function fromSigned64(value: bigint): bigint {
  if (value < -twoTo63 || value >= twoTo63) throw new RangeError(`Not a signed 64-bit value: ${value}`);
  return BigInt.asUintN(64, value);
}

/** The 28 band keys of a hash (unsigned or signed form), all below 2^21, for the int[] column. */
export function simhashBands(hash: bigint): number[] {
  const unsigned = BigInt.asUintN(64, hash);
  const bytes = Array.from({ length: 8 }, (_, index) => Number((unsigned >> BigInt(8 * index)) & 0xffn));
  const keys: number[] = [];
  for (let first = 0; first < bytes.length; first++) {
    for (let second = first + 1; second < bytes.length; second++) {
      keys.push(keys.length * 65536 + ((bytes[first] ?? 0) << 8) + (bytes[second] ?? 0));
    }
  }
  return keys;
}
