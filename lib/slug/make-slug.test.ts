import { describe, expect, it } from 'vitest';
import { makeSlug } from './make-slug';

describe('makeSlug', () => {
  it.each([
    ['湖北:砥礪“三牛精神”奮進新征程', 'hu-bei-di-li-san-niu-jing-shen-fen-jin-xin-zheng-cheng'],
    ['知识产权', 'zhi-shi-chan-quan'],
    ['武漢 2024 Report', 'wu-han-2024-report'],
    ['Ｆｕｌｌ　Ｗｉｄｔｈ', 'full-width'],
    ['女性', 'nv-xing'],
    ['！！！', 'article'],
  ])('%s -> %s', (input, expected) => {
    expect(makeSlug(input)).toBe(expected);
  });

  it('stops at a word boundary before 80 characters', () => {
    const slug = makeSlug('国家知识产权保护示范区建设'.repeat(5));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});
