// A 64-bit hash of a string as two independent 32-bit MurmurHash3 halves (different seeds).
// SimHash needs every output bit to look independent and evenly spread; MurmurHash3's
// finaliser gives that at a fraction of the cost of a cryptographic hash per feature.

function murmur3(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    let k = text.charCodeAt(index);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    hash ^= k;
    hash = (hash << 13) | (hash >>> 19);
    hash = (Math.imul(hash, 5) + 0xe6546b64) | 0;
  }
  hash ^= text.length;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The high and low 32 bits of the feature's 64-bit hash, as unsigned integers. A different
 * `family` gives unrelated hashes for the same string (a character and a one-character word).
 */
export function hashFeature64(feature: string, family = 0): [high: number, low: number] {
  return [murmur3(feature, 0x9747b28c + family), murmur3(feature, 0x5bd1e995 - family)];
}
