import { describe, expect, it } from 'vitest';
import { findLeftoverLines } from './find-leftover-lines';

describe('findLeftoverLines', () => {
  it('reports the page lines no extracted text used, named by the line rules where one applies', () => {
    const page = ['湖北：新征程', '记者林佳蓉／宜兰报导', '正文一。', '延伸阅读', '正文一。', '热门新闻', '上一篇 下一篇'];
    expect(findLeftoverLines(page, ['正文一。', '正文二。'], '湖北:新征程')).toEqual([
      { text: '湖北：新征程', rule: 'title' },
      { text: '记者林佳蓉／宜兰报导', rule: 'byline' },
      { text: '延伸阅读', rule: 'related-list' },
      { text: '正文一。', rule: 'page-chrome' },
      { text: '热门新闻', rule: 'related-list' },
      { text: '上一篇 下一篇', rule: 'epaper-nav' },
    ]);
  });
});
