import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtmlPage } from './import-html-page';

const readFixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url)));

describe('importHtmlPage', () => {
  it('builds the article from a Taiwanese page: metadata from og tags and the byline line, image before the lead, safe links', () => {
    const { article, report, original } = importHtmlPage(readFixture('02-taiwan-news.html'), '02.html', { url: 'https://news.beidao.example/life/20240724/2891034' });
    expect(article).toMatchObject({
      title: '凱米颱風登陸 宜蘭山區累積雨量破千毫米',
      titleIsProposed: false,
      sourceName: '北島日報',
      sourceUrl: 'https://news.beidao.example/life/20240724/2891034',
      byline: '林佳蓉',
      datelinePlace: '宜蘭',
      originalPublishedAt: '2024-07-24',
      script: 'HANT',
    });
    expect(article.body.content.map((node) => node.type)).toEqual(['image', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(article.body.content[0]).toEqual({
      type: 'image',
      attrs: { src: 'https://img.beidao.example/2024/07/24/kaemi.jpg', alt: '宜蘭南澳沿海風浪', caption: '凱米颱風逼近，宜蘭南澳沿海掀起巨浪。（記者林佳蓉攝）' },
    });
    expect(article.body.content[3]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '停班停課 全台22縣市宣布' }] });
    expect(article.body.content[4]?.content).toEqual([
      { type: 'text', text: '行政院人事行政總處統計，全台22縣市明天停止上班上課，完整名單可至' },
      { type: 'text', text: '停班停課專頁', marks: [{ type: 'link', attrs: { href: 'https://news.beidao.example/life/20240724/2891001' } }] },
      { type: 'text', text: '查詢，或參考' },
      { type: 'text', text: '氣象署颱風專區', marks: [{ type: 'link', attrs: { href: 'https://www.cwa.example/typhoon' } }] },
      { type: 'text', text: '。' },
    ]);
    expect(report).toMatchObject({ kind: 'html', titleSource: 'og:title', encoding: 'utf-8', pinyinStripped: 0, repairs: [], warnings: [], needsReview: false });
    expect(report.removedLines).toContainEqual({ line: '記者林佳蓉／宜蘭報導 2024/07/24 21:40', rule: 'byline' });
    expect(report.removedLines).toContainEqual({ line: '北島日報 政治生活國際財經體育娛樂', rule: 'page-chrome' });
    expect(report.removedLines).toContainEqual({ line: '（責任編輯：陳怡君）', rule: 'editor-credit' });
    expect(original.split('\n').slice(0, 3)).toEqual(['北島日報', '政治生活國際財經體育娛樂', '凱米颱風登陸 宜蘭山區累積雨量破千毫米']);
    for (const { line } of report.removedLines) expect(article.bodyText).not.toContain(line);
  });

  it('keeps a paywalled teaser, warns and asks for review', () => {
    const { article, report } = importHtmlPage(readFixture('05-paywall-teaser.html'), '05.html');
    expect(article.bodyText).toBe('据多位知情人士透露，某新能源车企已秘密提交赴港上市申请，计划募资约20亿美元。');
    expect(report.warnings).toEqual(['The page shows only a teaser; the rest of the article is behind a paywall or login. Only the teaser was imported.']);
    expect(report.needsReview).toBe(true);
  });

  it('takes the page tags from its fake tag line and keywords, and the source from its 来源 line, not the site', () => {
    const { article, report } = importHtmlPage(readFixture('04-content-farm.html'), '04.html');
    expect(article.sourceName).toBe('中国知识产权报');
    expect(report.pageTags).toEqual(['太原', '巴中', '湖州', '汕头', '铜陵', '黔南', '三沙', '湖北', '知识产权', '电销机器人', '外呼系统', '地图标注']);
  });

  it('rejects a page without article text', () => {
    const page = new TextEncoder().encode('<html><body><nav><a href="/">首页</a></nav><div class="footer">版权所有</div></body></html>');
    expect(() => importHtmlPage(page, 'empty.html')).toThrow('“empty.html” has no article text left once navigation, tags and related-article lists are removed.');
  });
});
