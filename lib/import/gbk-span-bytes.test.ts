import { describe, expect, it } from 'vitest';
import { toGbkSpanBytes } from './gbk-span-bytes';

describe('toGbkSpanBytes', () => {
  it.each([
    ['! and , as the full-width marks they replaced', '!,', [0xa3, 0xa1, 0xa3, 0xac]],
    ['Han characters', '斑', [0xb0, 0xdf]],
    ['a trail byte read as ASCII', '@', [0x40]],
    ['Private Use characters from the user-defined areas', '\uE1D6\uE010', [0xaf, 0xa1, 0xaa, 0xb1]],
    ['a whole run', '!迸砣', [0xa3, 0xa1, 0xb1, 0xc5, 0xed, 0xc8]],
  ])('encodes %s', (_case, run, bytes) => {
    expect(toGbkSpanBytes(run)).toEqual(bytes);
  });

  it.each([['a question mark', '斑?'], ['a character outside GBK', '😀']])('refuses %s', (_case, run) => {
    expect(toGbkSpanBytes(run)).toBeNull();
  });
});
