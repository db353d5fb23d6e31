import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { pinyinSyllables } from './pinyin-syllables';

describe('pinyinSyllables', () => {
  it('holds the standard syllable inventory and nothing spelled wrongly', () => {
    expect(pinyinSyllables.size).toBeGreaterThanOrEqual(405);
    expect(pinyinSyllables.size).toBeLessThanOrEqual(425);
    for (const syllable of pinyinSyllables) expect(syllable).toMatch(/^[a-zê]+$/);
  });

  it.each(['guo', 'zhuang', 'lve', 'nv', 'er', 'yong', 'shei'])('accepts %s', (syllable) => {
    expect(pinyinSyllables.has(syllable)).toBe(true);
  });

  it.each(['an2', 'who', 'lue', 'bian1', 'tion', 'ga2', 'fong', 'biang'])('rejects %s', (syllable) => {
    expect(pinyinSyllables.has(syllable)).toBe(false);
  });

  it('covers every reading of the common CJK block', () => {
    const missing: string[] = [];
    for (let codePoint = 0x4e00; codePoint <= 0x9fff; codePoint += 1) {
      const character = String.fromCodePoint(codePoint);
      const readings = pinyin(character, { multiple: true, type: 'array', toneType: 'none', v: true });
      for (const reading of readings) {
        if (reading !== character && !pinyinSyllables.has(reading)) missing.push(`${character}:${reading}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
