import { describe, expect, it } from 'vitest';
import { wordSurprisal } from './word-surprisal';

describe('wordSurprisal', () => {
  it('scores rarer words higher', () => {
    expect(wordSurprisal('的')).toBeLessThan(wordSurprisal('品牌'));
    expect(wordSurprisal('品牌')).toBeLessThan(wordSurprisal('知识产权'));
  });

  it('scores unknown words as the rarest dictionary word, above every known one', () => {
    const unknown = wordSurprisal('彭泉吴采平');
    expect(unknown).toBe(wordSurprisal('科顺联合防水'));
    expect(unknown).toBeGreaterThan(wordSurprisal('恩施'));
    expect(unknown).toBeGreaterThan(15);
  });
});
