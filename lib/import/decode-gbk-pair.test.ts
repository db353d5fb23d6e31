import { describe, expect, it } from 'vitest';
import { decodeGbkPair } from './decode-gbk-pair';

describe('decodeGbkPair', () => {
  it.each([
    [0xa1, 0xa3, '。'],
    [0xac, 0x46, '現'],
    [0xfc, 0x53, '黃'],
    [0xa1, 0xb1, '”'],
  ])('decodes %i %i to %s', (lead, trail, character) => {
    expect(decodeGbkPair(lead, trail)).toBe(character);
  });

  it.each([
    ['a user-defined (Private Use) pair', 0xaf, 0xa1],
    ['an unassigned pair', 0xa2, 0xa0],
    ['an ASCII trail byte below 0x40', 0xea, 0x37],
    ['0x7F as trail byte', 0xb0, 0x7f],
  ])('refuses %s', (_case, lead, trail) => {
    expect(decodeGbkPair(lead, trail)).toBeNull();
  });
});
