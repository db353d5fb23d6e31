import { describe, expect, it } from 'vitest';
import { parseTonedSyllable } from './parse-toned-syllable';

describe('parseTonedSyllable', () => {
  it.each([
    ['guó', 'guo', 1],
    ['zhǎng', 'zhang', 1],
    ['lǜ', 'lv', 1],
    ['nüè', 'nve', 1],
    ['lü', 'lv', 0],
    ['lv', 'lv', 0],
    ['gu\u0301o', 'guo', 1],
    ['ń', 'n', 1],
    ['an', 'an', 0],
    ['GUÓ', 'guo', 1],
    ['zhǎǎng', 'zhaang', 2],
  ])('%s -> %s with %i tone mark(s)', (input, toneless, toneMarkCount) => {
    expect(parseTonedSyllable(input)).toEqual({ toneless, toneMarkCount });
  });
});
