import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { buildFeed, type FeedFormat } from './build-feed';

const body = (text: string): TiptapDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] }] });
const article = (n: number, publishedAt: Date, excerpt = `摘要${n}`, contentUpdatedAt: Date | null = null) => ({
  id: `id-${n}`, title: `文章${n}`, slug: `wen-zhang-${n}`, excerpt, publishedAt, contentUpdatedAt, body: body(`正文${n} <script>x</script>`),
});
const articles = [article(2, new Date('2026-11-20T10:00:00Z')), article(1, new Date('2026-11-19T10:00:00Z'))];
const topic = { name: '知识产权', slug: 'zhi-shi-chan-quan', description: '关于专利与商标。' };
const origin = 'https://news.example.com';
const formats: FeedFormat[] = ['rss', 'atom'];

describe.each(formats)('buildFeed (%s)', (format) => {
  it('describes a topic with absolute links, newest first, the excerpt as summary', async () => {
    const xml = buildFeed({ origin, format, topic, articles });
    expect(xml).toMatch(format === 'rss' ? /<rss version="2\.0"/ : /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('知识产权 · 墨石新闻');
    expect(feed.link).toBe('https://news.example.com/topics/zhi-shi-chan-quan');
    if (format === 'rss') expect(feed.description).toBe('关于专利与商标。');
    expect(xml).toContain(`https://news.example.com/topics/zhi-shi-chan-quan/${format === 'rss' ? 'feed' : 'atom'}.xml`);
    expect(feed.items.map((item) => [item.title, item.link, item.contentSnippet ?? item.summary])).toEqual([
      ['文章2', 'https://news.example.com/articles/wen-zhang-2', '摘要2'],
      ['文章1', 'https://news.example.com/articles/wen-zhang-1', '摘要1'],
    ]);
    expect(new Date(feed.items[0]?.isoDate ?? '').toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(xml).not.toContain('正文2');
  });

  it('describes the whole site', async () => {
    const feed = await new Parser().parseString(buildFeed({ origin, format, articles }));
    expect(feed.title).toBe('墨石新闻');
    expect(feed.link).toBe('https://news.example.com/');
    expect(feed.items.map((item) => item.link)).toEqual(['https://news.example.com/articles/wen-zhang-2', 'https://news.example.com/articles/wen-zhang-1']);
  });

  it('carries the body rendered through the allow-list with full content', async () => {
    const xml = buildFeed({ origin, format, articles, content: 'full' });
    const feed = await new Parser({ customFields: { item: ['summary'] } }).parseString(xml);
    const html = format === 'rss' ? (feed.items[0] as { 'content:encoded'?: string })['content:encoded'] : feed.items[0]?.content;
    expect(html).toBe('<p><strong>正文2 &lt;script&gt;x&lt;/script&gt;</strong></p>');
    expect(xml).not.toContain('<script>');
  });

  it('keeps HTML in names and text as text', async () => {
    const xml = buildFeed({
      origin,
      format,
      topic: { name: '<b>标签</b> & 专利', slug: 'biao-qian', description: '' },
      articles: [{ ...article(1, new Date('2026-11-20T10:00:00Z'), '<script>alert(1)</script> & ]]>'), title: '标题 ]]> <i>斜体</i>' }],
    });
    expect(xml).not.toContain('<script>');
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('<b>标签</b> & 专利 · 墨石新闻');
    expect(feed.items[0]?.title).toBe('标题 ]]> <i>斜体</i>');
    expect(xml).toContain('&lt;script&gt;');
  });

  it('dates items by publication, and their Atom update and the feed by the latest content change', async () => {
    const edited = [
      article(2, new Date('2026-11-20T10:00:00Z'), '摘要2', new Date('2026-11-20T09:00:00Z')),
      article(1, new Date('2026-11-19T10:00:00Z'), '摘要1', new Date('2026-11-21T08:30:00Z')),
    ];
    const xml = buildFeed({ origin, format, articles: edited });
    const feed = await new Parser<{ lastBuildDate?: string }, { updated?: string }>({ customFields: { item: ['updated'] } }).parseString(xml);
    expect(feed.items.map((item) => new Date(item.isoDate ?? '').toISOString())).toEqual(['2026-11-20T10:00:00.000Z', '2026-11-19T10:00:00.000Z']);
    expect(new Date(feed.lastBuildDate ?? '').toISOString()).toBe('2026-11-21T08:30:00.000Z');
    if (format === 'atom') {
      // A content change recorded before publication (an edit while scheduled) counts as the publication.
      expect(feed.items.map((item) => item.updated)).toEqual(['2026-11-20T10:00:00.000Z', '2026-11-21T08:30:00.000Z']);
    }
  });

  it('is a valid empty feed without articles', async () => {
    const feed = await new Parser().parseString(buildFeed({ origin, format, topic: { name: '空', slug: 'kong', description: '' }, articles: [] }));
    expect(feed.items).toEqual([]);
  });
});
