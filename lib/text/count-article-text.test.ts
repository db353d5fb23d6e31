import { describe, expect, it } from 'vitest';
import { countArticleText } from './count-article-text';

describe('countArticleText', () => {
  it('counts each Han character once and ignores full-width and ASCII punctuation', () => {
    expect(countArticleText('湖北：砥砺“三牛精神”，奋进新征程。')).toEqual({ hanCharacters: 13, otherWords: 0, readingMinutes: 1 });
  });

  it('counts Latin words and numbers between Han characters as one each', () => {
    expect(countArticleText('世卫组织(WHO)于2024年发布iPhone 报告')).toMatchObject({ hanCharacters: 10, otherWords: 3 });
  });

  it('counts Traditional characters like Simplified ones', () => {
    expect(countArticleText('國家知識產權局').hanCharacters).toBe(7);
  });

  it('reads 400 characters a minute, rounding, and never says 0 minutes for some text', () => {
    expect(countArticleText('字'.repeat(1000)).readingMinutes).toBe(3);
    expect(countArticleText('字'.repeat(1400)).readingMinutes).toBe(4);
    expect(countArticleText('短').readingMinutes).toBe(1);
    expect(countArticleText(' \n　').readingMinutes).toBe(0);
  });
});
