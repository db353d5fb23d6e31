import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { buildTopicFeed } from './build-topic-feed';

const article = (n: number, publishedAt: Date, excerpt = `摘要${n}`) => ({ id: `id-${n}`, title: `文章${n}`, slug: `wen-zhang-${n}`, excerpt, publishedAt });

describe('buildTopicFeed', () => {
  it('is RSS 2.0 a real parser reads: absolute links, newest first, the excerpt as summary', async () => {
    const xml = buildTopicFeed({
      origin: 'https://news.example.com',
      topic: { name: '知识产权', slug: 'zhi-shi-chan-quan', description: '关于专利与商标。' },
      articles: [article(2, new Date('2026-11-20T10:00:00Z')), article(1, new Date('2026-11-19T10:00:00Z'))],
    });
    expect(xml).toMatch(/<rss version="2\.0"/);
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('知识产权 · 墨石新闻');
    expect(feed.link).toBe('https://news.example.com/topics/zhi-shi-chan-quan');
    expect(feed.description).toBe('关于专利与商标。');
    expect(feed.items.map((item) => [item.title, item.link, item.contentSnippet])).toEqual([
      ['文章2', 'https://news.example.com/articles/wen-zhang-2', '摘要2'],
      ['文章1', 'https://news.example.com/articles/wen-zhang-1', '摘要1'],
    ]);
    expect(new Date(feed.items[0]?.isoDate ?? '').toISOString()).toBe('2026-11-20T10:00:00.000Z');
  });

  it('keeps HTML in names and text as text, and describes a topic without a description', async () => {
    const xml = buildTopicFeed({
      origin: 'http://localhost:3000',
      topic: { name: '<b>标签</b> & 专利', slug: 'biao-qian', description: '' },
      articles: [{ ...article(1, new Date('2026-11-20T10:00:00Z'), '<script>alert(1)</script> & ]]>'), title: '标题 ]]> <i>斜体</i>' }],
    });
    expect(xml).not.toContain('<script>');
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('<b>标签</b> & 专利 · 墨石新闻');
    expect(feed.description).toContain('<b>标签</b> & 专利');
    expect(feed.items.map((item) => [item.title, item.content])).toEqual([['标题 ]]> <i>斜体</i>', '&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt;']]);
  });

  it('is a valid empty feed for a topic without articles', async () => {
    const feed = await new Parser().parseString(buildTopicFeed({ origin: 'http://localhost:3000', topic: { name: '空', slug: 'kong', description: '' }, articles: [] }));
    expect(feed.items).toEqual([]);
  });
});
