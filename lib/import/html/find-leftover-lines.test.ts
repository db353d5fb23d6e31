import { describe, expect, it } from 'vitest';
import { findLeftoverLines } from './find-leftover-lines';

describe('findLeftoverLines', () => {
  it('reports the page lines no extracted text used, the title as the title', () => {
    const page = ['湖北：新征程', '记者林佳蓉／宜兰报导', '正文一。', '延伸阅读', '正文一。', '热门新闻'];
    expect(findLeftoverLines(page, ['正文一。', '正文二。'], '湖北:新征程')).toEqual([
      { text: '湖北：新征程', rule: 'title' },
      { text: '记者林佳蓉／宜兰报导', rule: 'page-chrome' },
      { text: '延伸阅读', rule: 'page-chrome' },
      { text: '正文一。', rule: 'page-chrome' },
      { text: '热门新闻', rule: 'page-chrome' },
    ]);
  });
});
