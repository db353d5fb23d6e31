import { describe, expect, it } from 'vitest';
import { gbkPairOf } from './gbk-byte-table';

describe('gbkPairOf', () => {
  it.each([
    ['中', 0xd6d0],
    ['鍥', 0xe59b],
    ['\uE15E', 0xade5],
    ['。', 0xa1a3],
  ])('gives %s the pair %i', (character, pair) => {
    expect(gbkPairOf(character)).toBe(pair);
  });

  it.each([['A'], ['\ufffd'], ['😀']])('has no pair for %s', (character) => {
    expect(gbkPairOf(character)).toBeUndefined();
  });
});
