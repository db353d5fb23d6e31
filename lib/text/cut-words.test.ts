import { describe, expect, it } from 'vitest';
import { cutWords } from './cut-words';

describe('cutWords', () => {
  it('segments with the dictionary, the words adding up to the text', () => {
    const text = '湖北省知识产权局局长彭泉表示，CKS科顺 2020年';
    const words = cutWords(text);
    expect(words.join('')).toBe(text);
    expect(words).toContain('知识产权局');
    expect(words).not.toContain('彭泉');
  });

  it('gives the same words again for the same text, unchangeable', () => {
    const first = cutWords('地理标志商标');
    expect(cutWords('地理标志商标')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
