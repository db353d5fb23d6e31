import iconv from 'iconv-lite';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { expandDocument } from './expand-document';
import { defaultUploadLimits, type UploadEntry } from './upload-entry';

const fixture = (name: string) => readFile(new URL(`fixtures/${name}`, import.meta.url)).then((buffer) => new Uint8Array(buffer));
const decoder = new TextDecoder();

function expand(name: string, bytes: Uint8Array | string, limits = defaultUploadLimits): UploadEntry[] {
  return [...expandDocument(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, limits)];
}

function html(entry: UploadEntry | undefined): string {
  if (!entry || !('bytes' in entry)) throw new Error(`expected bytes, got ${JSON.stringify(entry)}`);
  return decoder.decode(entry.bytes);
}

// The page as the HTML pipeline finds it: head fields where saved pages keep them, body paragraphs.
function read(entry: UploadEntry | undefined) {
  const document = new JSDOM(html(entry)).window.document;
  const meta = (selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute('content') ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  expect(meta('property="og:url"')).toBe(canonical);
  expect(meta('property="og:title"')).toBe(document.querySelector('title')?.textContent ?? null);
  return {
    title: document.title,
    url: canonical,
    publishedAt: meta('property="article:published_time"'),
    author: meta('name="author"'),
    siteName: meta('property="og:site_name"'),
    paragraphs: [...document.querySelectorAll('article p')].map((paragraph) => paragraph.textContent),
  };
}

describe('expandDocument: RSS', () => {
  it('yields one HTML page per item that the HTML pipeline reads back, and an error for a link-only item', async () => {
    const entries = expand('feed.xml', await fixture('rss-zh.xml'));
    expect(entries.map((entry) => entry.name)).toEqual([
      'feed.xml › 1 · 广州地铁十一号线年底开通 & 全线设站32座',
      'feed.xml › 2 · 台风“派比安”明日登陆 气象台发布橙色预警',
      'feed.xml › 3 · 只有链接的条目',
    ]);
    expect(read(entries[0])).toEqual({
      title: '广州地铁十一号线年底开通 & 全线设站32座',
      url: 'https://news.example.cn/2024/07/10/metro.html',
      publishedAt: '2024-07-10T07:30:00+08:00',
      author: '记者 李明',
      siteName: '南方日报',
      paragraphs: ['本报讯（记者 李明）广州地铁十一号线将于今年年底开通运营，全线共设车站32座。', '十一号线是广州首条环线地铁，全长约44公里，与多条线路换乘。'],
    });
    expect(read(entries[1])).toMatchObject({
      publishedAt: '2024-07-11T18:05:00Z',
      author: '王芳',
      paragraphs: ['省气象台今日发布台风橙色预警，预计台风将于明日上午在湛江沿海登陆。', '沿海渔船已全部回港避风。'],
    });
    expect(entries[2]).toEqual({ name: 'feed.xml › 3 · 只有链接的条目', error: 'This article has no text in the feed (the feed only links to it).' });
  });

  it('decodes a GB2312-declared feed from its bytes', async () => {
    const utf8 = decoder.decode(await fixture('rss-zh.xml')).replace('encoding="UTF-8"', 'encoding="gb2312"');
    const entries = expand('gbk-feed.xml', new Uint8Array(iconv.encode(utf8, 'gbk')));
    expect(read(entries[0]).paragraphs[0]).toBe('本报讯（记者 李明）广州地铁十一号线将于今年年底开通运营，全线共设车站32座。');
  });

  it('gives a malformed feed one error entry that says where it breaks', () => {
    const entries = expand('broken.xml', '<?xml version="1.0"?>\n<rss><channel><item><title>标题</item></channel></rss>');
    expect(entries).toEqual([{ name: 'broken.xml', error: 'This feed is not well-formed XML (line 2, column 36: unexpected close tag), so its articles cannot be read.' }]);
  });

  it('reads at most maxEntries articles, then says so', async () => {
    const entries = expand('feed.xml', await fixture('rss-zh.xml'), { ...defaultUploadLimits, maxEntries: 2 });
    expect(entries.map((entry) => ('error' in entry ? entry.error : entry.name))).toEqual([
      'feed.xml › 1 · 广州地铁十一号线年底开通 & 全线设站32座',
      'feed.xml › 2 · 台风“派比安”明日登陆 气象台发布橙色预警',
      'This feed holds more than 2 articles; only the first 2 were read.',
    ]);
  });

  it('escapes titles and addresses so a feed cannot add markup to the page head', () => {
    const title = '"><script>alert(1)</script><meta name="author" content="forged">';
    const rss = `<rss><channel><item><title>${title.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</title><link>javascript:alert(1)</link><description>正文内容。</description></item></channel></rss>`;
    const document = new JSDOM(html(expand('x.xml', rss)[0])).window.document;
    expect(document.title).toBe(title);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('meta[name="author"]')).toBeNull();
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
  });
});

describe('expandDocument: Atom', () => {
  it('reads html, xhtml and text content, preferring the alternate link and the published date', async () => {
    const entries = expand('atom.xml', await fixture('atom-zh.xml'));
    expect(entries.map((entry) => entry.name)).toEqual([
      'atom.xml › 1 · 立法院三讀通過 食安法 修正案',
      'atom.xml › 2 · 颱風動態 中央氣象署持續監測',
      'atom.xml › 3 · 純文字摘要',
    ]);
    expect(read(entries[0])).toEqual({
      title: '立法院三讀通過 食安法 修正案',
      url: 'https://udn.example.tw/news/story/1',
      publishedAt: '2024-07-31T09:15:00+08:00',
      author: '記者 陳怡君',
      siteName: '聯合報 即時新聞',
      paragraphs: ['立法院今日三讀通過食品安全衛生管理法部分條文修正案，加重違規業者罰則。', '衛福部表示，新法將於公布後六個月施行。'],
    });
    expect(read(entries[1])).toMatchObject({ publishedAt: '2024-07-30T20:00:00+08:00', paragraphs: ['中央氣象署表示，颱風凱米持續朝北北西移動。', '民眾應注意強風豪雨。'] });
    expect(read(entries[2]).paragraphs).toEqual(['第一段：5 < 7 是真的。', '第二段：市府宣布明日停班停課。']);
  });
});

describe('expandDocument: JSON', () => {
  it('reads a JSON Feed, HTML and plain-text items alike', async () => {
    const entries = expand('feed.json', await fixture('json-feed-zh.json'));
    expect(entries.map((entry) => entry.name)).toEqual(['feed.json › 1 · 我国首颗低轨宽带通信卫星发射成功', 'feed.json › 2 · 夏粮收购进度过半']);
    expect(read(entries[0])).toMatchObject({ url: 'https://xinhua.example.cn/2024-07/10/c_1.htm', author: '张华', siteName: '新华社', publishedAt: '2024-07-10T11:20:00+08:00' });
    expect(read(entries[1]).paragraphs).toEqual(['国家粮食和物资储备局介绍，夏粮收购进度已经过半。', '各地收购价格总体平稳。']);
  });

  it('reads an array of article objects, taking each one its own source', async () => {
    const entries = expand('export.json', await fixture('articles-zh.json'));
    expect(entries.map((entry) => entry.name)).toEqual(['export.json › 1 · 深圳发布低空经济支持政策', 'export.json › 2 · 成都大运会场馆向市民开放']);
    expect(read(entries[0])).toEqual({
      title: '深圳发布低空经济支持政策',
      url: 'https://sz.example.cn/a/1.html',
      publishedAt: '2024-07-08',
      author: '赵强',
      siteName: '深圳特区报',
      paragraphs: ['深圳市今日发布支持低空经济高质量发展的若干措施。', '措施涵盖基础设施、产业培育等方面。'],
    });
    expect(read(entries[1]).paragraphs).toEqual(['成都大运会多个场馆即日起向市民免费开放。', '市民可通过小程序预约。']);
  });

  it('passes JSON that holds no articles, and text that only starts with a bracket, through as the file itself', () => {
    for (const content of ['{"name": "config", "items": [1, 2]}', '[新华社] 今日要闻：某地发布暴雨预警。']) {
      const bytes = new TextEncoder().encode(content);
      expect(expand('data.json', bytes)).toEqual([{ name: 'data.json', bytes }]);
    }
  });
});

describe('expandDocument: single pages', () => {
  it('passes an HTML page, even an XHTML one with an XML declaration, through unchanged', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html><body><p>正文</p></body></html>');
    expect(expand('page.xhtml', bytes)).toEqual([{ name: 'page.xhtml', bytes }]);
  });
});
