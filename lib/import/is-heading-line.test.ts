import { describe, expect, it } from 'vitest';
import { isHeadingLine } from './is-heading-line';

describe('isHeadingLine', () => {
  it.each([
    ['強化保護顯擔當', 20, true],
    ['品牌打造促發展', 20, true],
    ['湖北:砥礪“三牛精神”奮進新征程', 40, true],
    ['湖北:砥礪“三牛精神”奮進新征程', 10, false],
    ['彭泉表示。', 20, false],
    ['據介紹,', 20, false],
    ['主要措施:', 20, false],
    ['2024', 20, false],
    ['中', 20, false],
  ])('%s (max %i) -> %s', (text, maxLength, expected) => {
    expect(isHeadingLine(text, maxLength)).toBe(expected);
  });
});
