import { describe, expect, it } from 'vitest';
import { extractMetadata } from './extract-metadata';

const datelineLead = '中國消費者報武漢訊(記者吳采平)7月31日,記者從武漢市市場監管局獲悉,武漢市全面啟動示范區建設。';

describe('extractMetadata', () => {
  it('reads source, place, byline and date from a dateline and infers the year from the text', () => {
    const metadata = extractMetadata({
      title: '武漢啟動示范區建設',
      lines: [datelineLead, '2023年位列第13位。', '2024年上半年,授權量13184件。'],
      removedLines: [],
      fileName: 'a.txt',
    });
    expect(metadata).toMatchObject({
      title: '武漢啟動示范區建設',
      titleIsProposed: false,
      sourceName: '中國消費者報',
      byline: '吳采平',
      datelinePlace: '武漢',
      datelinePrefix: '中國消費者報武漢訊(記者吳采平)7月31日,',
      originalPublishedAt: '2024-07-31',
    });
    expect(metadata.warnings).toEqual([
      'The dateline gives 7月31日 without a year; 2024, the latest year the text mentions, was assumed.',
    ]);
  });

  it('leaves the date empty when no year is anywhere in the text', () => {
    const metadata = extractMetadata({ title: 'T', lines: [datelineLead], removedLines: [], fileName: 'a.txt' });
    expect(metadata.originalPublishedAt).toBeNull();
    expect(metadata.warnings).toEqual([
      'The dateline gives 7月31日 without a year and the text mentions none; the publication date was left empty.',
    ]);
  });

  it('uses a full dateline date without warning', () => {
    const lead = '新华社北京2024年7月31日电(记者张三)国务院常务会议召开。';
    const metadata = extractMetadata({ title: 'T', lines: [lead], removedLines: [], fileName: 'a.txt' });
    expect(metadata).toMatchObject({ sourceName: '新华社', originalPublishedAt: '2024-07-31', warnings: [] });
  });

  it('proposes a title from the lead without its dateline', () => {
    const metadata = extractMetadata({ title: null, lines: ['', datelineLead], removedLines: [], fileName: 'a.txt' });
    expect(metadata.title).toBe('武漢市全面啟動示范區建設');
    expect(metadata.titleIsProposed).toBe(true);
    expect(metadata.warnings).toContain('No title was found; “武漢市全面啟動示范區建設” was proposed from the lead.');
  });

  it('falls back to the file name when nothing can be proposed', () => {
    const metadata = extractMetadata({ title: null, lines: ['據介紹,'], removedLines: [], fileName: 'dump-17.txt' });
    expect(metadata).toMatchObject({ title: 'dump-17', titleIsProposed: true });
  });

  it.each([
    ['來源: 中國知識產權報/中國知識產權資訊網', '中國知識產權報', null],
    ['来源：新华网 http://www.news.cn/a.htm', '新华网', 'http://www.news.cn/a.htm'],
    ['(來源:人民日報)', '人民日報', null],
    ['原文链接:https://example.com/a/1.html', null, 'https://example.com/a/1.html'],
  ])('reads the source line %s', (line, sourceName, sourceUrl) => {
    const metadata = extractMetadata({
      title: 'T',
      lines: ['2020年,湖北省專利授權總量增長。'],
      removedLines: [{ line, rule: 'source-line' }],
      fileName: 'a.txt',
    });
    expect(metadata).toMatchObject({ sourceName, sourceUrl, byline: null, datelinePlace: null, originalPublishedAt: null });
  });

  it('reads ROC years on Traditional pages only', () => {
    const lead = '中央日報台北訊(記者王小明)105年7月1日,行政院會通過法案。';
    const traditional = extractMetadata({ title: 'T', lines: [lead], removedLines: [], fileName: 'a.txt', script: 'HANT' });
    expect(traditional).toMatchObject({ sourceName: '中央日報', datelinePlace: '台北', byline: '王小明', originalPublishedAt: '2016-07-01', warnings: [] });
    const withMinguo = extractMetadata({ title: 'T', lines: ['本報訊(記者王小明)民國105年7月1日,行政院會通過法案。'], removedLines: [], fileName: 'a.txt' });
    expect(withMinguo.originalPublishedAt).toBe('2016-07-01');
    const simplified = extractMetadata({ title: 'T', lines: [lead], removedLines: [], fileName: 'a.txt', script: 'HANS' });
    expect(simplified.originalPublishedAt).toBeNull();
  });

  it('takes the date, byline and source from removed page-info, byline and source lines', () => {
    const metadata = extractMetadata({
      title: 'T',
      lines: ['为深入实施专利转化运用专项行动，现就有关工作通知如下。'],
      removedLines: [
        { line: '发布时间：2024-07-10 16:32 来源：市知识产权局 浏览次数：1523', rule: 'page-info' },
        { line: '本文来源：新华网', rule: 'source-line' },
        { line: '本报记者 赵磊 钱程', rule: 'byline' },
      ],
      fileName: 'a.txt',
    });
    expect(metadata).toMatchObject({ sourceName: '新华网', byline: '赵磊、钱程', originalPublishedAt: '2024-07-10', warnings: [] });
  });

  it("completes a dateline's month and day with the page's year, and says so", () => {
    const metadata = extractMetadata({
      title: 'T',
      lines: ['湖北日报讯(记者李文)12月30日,全省专利授权量创新高。'],
      removedLines: [],
      fileName: 'a.html',
      page: { publishedAt: '2025-01-02T08:00:00+08:00', author: null, siteName: '华中新闻网', canonicalUrl: null, pageUrl: null, lines: [] },
    });
    expect(metadata.originalPublishedAt).toBe('2024-12-30');
    expect(metadata.warnings).toEqual(["The dateline gives 12月30日 without a year; 2024 was taken from the page's date 2025-01-02."]);
  });

  it('prefers the original publisher and article address over the hosting site, and never takes an editor as byline', () => {
    const page = {
      publishedAt: null,
      author: '王芳',
      siteName: '华中新闻网',
      canonicalUrl: 'https://www.huazhong.example/',
      pageUrl: 'https://www.huazhong.example/a/1.html',
      lines: ['记者林佳蓉／宜蘭報導', '原文链接：https://www.origin.example/news/2024/1.html'],
    };
    const lines = ['凱米颱風今晚在宜蘭南澳一帶登陸。'];
    const metadata = extractMetadata({ title: 'T', lines, removedLines: [{ line: '责任编辑：王芳', rule: 'editor-credit' }], fileName: 'a.html', page });
    expect(metadata).toMatchObject({ sourceName: '华中新闻网', sourceUrl: 'https://www.origin.example/news/2024/1.html', byline: '林佳蓉', datelinePlace: '宜蘭' });
    const bare = extractMetadata({ title: 'T', lines, removedLines: [{ line: '责任编辑：王芳', rule: 'editor-credit' }], fileName: 'a.html', page: { ...page, lines: [] } });
    expect(bare).toMatchObject({ sourceUrl: 'https://www.huazhong.example/a/1.html', byline: null });
    const sourced = extractMetadata({ title: 'T', lines, removedLines: [{ line: '来源：湖北日报', rule: 'source-line' }], fileName: 'a.html', page });
    expect(sourced.sourceName).toBe('湖北日报');
  });

  it('reads a reporter from the page\'s author meta without the 記者 label, and never an editor', () => {
    const page = { publishedAt: null, author: '記者 陳怡君', siteName: null, canonicalUrl: null, pageUrl: null, lines: [] };
    const input = { title: 'T', lines: ['凱米颱風今晚在宜蘭南澳一帶登陸。'], removedLines: [], fileName: 'a.html' };
    expect(extractMetadata({ ...input, page }).byline).toBe('陳怡君');
    expect(extractMetadata({ ...input, page: { ...page, author: '责任编辑：王芳' } }).byline).toBeNull();
    expect(extractMetadata({ ...input, page: { ...page, author: '王芳' } }).byline).toBe('王芳');
  });

  it('says where the title came from', () => {
    expect(extractMetadata({ title: 'T', titleSource: 'h1', lines: [], removedLines: [], fileName: 'a.html' }).titleSource).toBe('h1');
    expect(extractMetadata({ title: null, lines: [datelineLead], removedLines: [], fileName: 'a.txt' }).titleSource).toBe('lead');
    expect(extractMetadata({ title: null, lines: [], removedLines: [], fileName: 'a.txt' }).titleSource).toBe('file-name');
  });
});
