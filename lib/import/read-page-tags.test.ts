import { describe, expect, it } from 'vitest';
import { readPageTags } from './read-page-tags';

describe('readPageTags', () => {
  it('reads fake tag lines and keywords, once each, ignoring other removed lines', () => {
    const tags = readPageTags(
      [
        { line: '標簽:太原 巴中 湖州 汕頭 湖州', rule: 'fake-tags' },
        { line: 'Tags: 知识产权, 专利', rule: 'fake-tags' },
        { line: '热门标签:电销机器人', rule: 'seo-spam' },
      ],
      ['知识产权', '质押融资', '一个远远超过二十个字符长度限制的所谓关键词被丢弃掉'],
    );
    expect(tags).toEqual(['太原', '巴中', '湖州', '汕頭', '知识产权', '专利', '质押融资']);
  });
});
