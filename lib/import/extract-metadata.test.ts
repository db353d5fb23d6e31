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
});
