import { describe, expect, it } from 'vitest';
import { pairDuplicateTags, type TagHealthTag } from './pair-duplicate-tags';

let nextId = 0;
const tag = (name: string, articleCount = 0, parentId: string | null = null): TagHealthTag => {
  nextId += 1;
  return { id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`, name, parentId, articleCount };
};
const describePairs = (tags: TagHealthTag[], limit?: number) =>
  pairDuplicateTags(tags, { limit }).pairs.map((pair) => `${pair.reason}: ${pair.source.name} → ${pair.target.name}`);

describe('pairDuplicateTags', () => {
  it.each([
    ['Traditional and Simplified', ['鄭州', '郑州'], 'variant: 鄭州 → 郑州'],
    ['full and half width', ['ＡＩ芯片', 'ai芯片'], 'variant: ＡＩ芯片 → ai芯片'],
    ['the same toneless pinyin', ['登陆', '登录'], 'pinyin: 登录 → 登陆'],
    ['one name inside the other', ['知识产权', '知识产权保护'], 'contains: 知识产权保护 → 知识产权'],
    ['a contained name in the other script', ['知識產權', '知识产权保护'], 'contains: 知识产权保护 → 知識產權'],
    ['a Latin word next to Han characters', ['5G', '5G网络'], 'contains: 5G网络 → 5G'],
  ])('pairs %s', (_, names, expected) => {
    expect(describePairs(names.map((name) => tag(name)))).toEqual([expected]);
  });

  it.each([
    ['single characters with one reading', ['市', '事']],
    ['a one-character name inside another', ['市', '城市']],
    ['Latin letters inside a longer word', ['AI', 'OpenAI']],
    ['Latin words with the same letters as a reading', ['ai', '爱']],
    ['unrelated names', ['经济', '体育']],
  ])('does not pair %s', (_, names) => {
    expect(describePairs(names.map((name) => tag(name)))).toEqual([]);
  });

  it('keeps the tag with more articles and merges the other into it', () => {
    expect(describePairs([tag('登录', 1), tag('登陆', 7)])).toEqual(['pinyin: 登录 → 登陆']);
    expect(describePairs([tag('知识产权', 2), tag('知识产权保护', 9)])).toEqual(['contains: 知识产权 → 知识产权保护']);
  });

  it('keeps the Simplified, half-width, unspaced name of equally used variants, and merges every variant into it', () => {
    expect(describePairs([tag('鄭州'), tag('郑州'), tag('鄭 州')])).toEqual(['variant: 鄭 州 → 郑州', 'variant: 鄭州 → 郑州']);
  });

  it('leaves out a parent and its child that contain each other, but not other pairs', () => {
    const parent = tag('知识产权');
    const child = tag('知识产权保护', 0, parent.id);
    const other = tag('知识产权法', 0);
    expect(describePairs([parent, child, other])).toEqual(['contains: 知识产权法 → 知识产权']);
  });

  it('names each pair once, by its strongest reason', () => {
    // 郑州 and 鄭州 fold alike, have the same pinyin and contain each other's key as a whole.
    expect(describePairs([tag('郑州'), tag('鄭州'), tag('郑州市')])).toEqual(['variant: 鄭州 → 郑州', 'contains: 郑州市 → 郑州']);
  });

  it('lists stronger reasons first, then busier pairs, and counts the pairs beyond the limit', () => {
    const tags = [tag('知识产权', 1), tag('知识产权保护', 1), tag('登陆', 5), tag('登录', 5), tag('经济', 1), tag('經濟', 1), tag('体育', 50), tag('体育新闻', 50)];
    expect(describePairs(tags)).toEqual([
      'variant: 經濟 → 经济',
      'pinyin: 登录 → 登陆',
      'contains: 体育新闻 → 体育',
      'contains: 知识产权保护 → 知识产权',
    ]);
    const limited = pairDuplicateTags(tags, { limit: 2 });
    expect(limited.pairs).toHaveLength(2);
    expect(limited.total).toBe(4);
  });

  it('finds the pairs among 10,000 tags', () => {
    const tags = Array.from({ length: 10_000 }, (_, index) => tag(`标签${index}`));
    tags.push(tag('标签'));
    const { total } = pairDuplicateTags(tags);
    expect(total).toBe(10_000);
  });
});
