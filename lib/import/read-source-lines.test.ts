import { describe, expect, it } from 'vitest';
import { readSourceLines } from './read-source-lines';

describe('readSourceLines', () => {
  it.each([
    [['來源: 中國知識產權報/中國知識產權資訊網'], '中國知識產權報', null],
    [['本文来源：新华网'], '新华网', null],
    [['文章來源：中央社'], '中央社', null],
    [['(來源:人民日報)'], '人民日報', null],
    [['来源：新华网 http://www.news.cn/a.htm'], '新华网', 'http://www.news.cn/a.htm'],
    [['发布时间：2024-07-10 来源：市知识产权局 浏览次数：1523'], '市知识产权局', null],
    [['原文链接：https://example.com/a/1.html。'], null, 'https://example.com/a/1.html'],
    [['来源：网络', '来源：湖北日报'], '湖北日报', null],
    [['记者从来源：不明的渠道获悉'], null, null],
  ])('reads %j', (lines, name, url) => {
    expect(readSourceLines(lines)).toEqual({ name, url });
  });
});
