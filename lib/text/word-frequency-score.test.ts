import { describe, expect, it } from 'vitest';
import { scoreWordFrequency } from './word-frequency-score';

describe('scoreWordFrequency', () => {
  it.each([
    ['repaired text over its mojibake', '效率。”彭泉表示', '效率?!迸砣\uE010硎'],
    ['a common character over a rare one of the same length', '品牌之一。現場', '品牌之一＃現場'],
    ['Traditional words it segments after t2cn', '知識產權保護', '知識產權保鼗'],
    ['a full stop over a stray letter', '案例。這既', '案例F這既'],
  ])('prefers %s', (_case, better, worse) => {
    expect(scoreWordFrequency(better)).toBeGreaterThan(scoreWordFrequency(worse));
  });

  it('scores Traditional and Simplified spellings alike', () => {
    expect(scoreWordFrequency('當地經濟')).toBeCloseTo(scoreWordFrequency('当地经济'), 6);
  });

  it('skips the conversion for text already in Simplified', () => {
    expect(scoreWordFrequency('当地经济', { isSimplified: true })).toBeCloseTo(scoreWordFrequency('當地經濟'), 6);
  });
});
