import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AdjacentArticles } from '@/lib/articles/find-adjacent-articles';
import type { RelatedArticle } from '@/lib/articles/list-related-articles';
import type { SiteVariant } from '@/lib/variants/site-variant';
import { ArticleNeighbours } from './article-neighbours';

const article = (slug: string, title: string): RelatedArticle => ({
  id: crypto.randomUUID(), slug, title, excerpt: '', publishedAt: new Date('2026-03-01T12:00:00.000Z'), script: 'HANS',
});
const topic = { name: '软件', slug: 'ruan-jian' };
const render = (neighbours: AdjacentArticles | null, variant: SiteVariant = 'zh-hans') =>
  renderToStaticMarkup(createElement(ArticleNeighbours, { neighbours, variant }));

describe('ArticleNeighbours', () => {
  it('links 上一篇 to the older article and 下一篇 to the newer one, with the topic', () => {
    const html = render({ topic, older: article('jiu', '旧文'), newer: article('xin', '新文') });
    expect(html).toContain('<nav aria-label="同主题文章" class="neighbours" lang="zh-Hans">');
    expect(html).toContain('主题：<a href="/topics/ruan-jian">软件</a>');
    expect(html).toContain('<li class="neighbours-older"><a class="neighbours-link" href="/articles/jiu"><span class="neighbours-label">上一篇</span> <span class="neighbours-title">旧文</span></a></li>');
    expect(html).toContain('<li class="neighbours-newer"><a class="neighbours-link" href="/articles/xin"><span class="neighbours-label">下一篇</span> <span class="neighbours-title">新文</span></a></li>');
  });

  it('shows only the side that exists', () => {
    const html = render({ topic, older: null, newer: article('xin', '新文') });
    expect(html).not.toContain('上一篇');
    expect(html).toContain('下一篇');
  });

  it('links into the variant and converts labels, topic and titles to its script', () => {
    const html = render({ topic, older: article('jiu', '软件专利'), newer: null }, 'zh-tw');
    expect(html).toContain('aria-label="同主題文章"');
    expect(html).toContain('<a href="/zh-tw/topics/ruan-jian">軟體</a>');
    expect(html).toContain('href="/zh-tw/articles/jiu"><span class="neighbours-label">上一篇</span> <span class="neighbours-title">軟體專利</span>');
  });

  it('renders nothing without a topic or without any other article in it', () => {
    expect(render(null)).toBe('');
    expect(render({ topic, older: null, newer: null })).toBe('');
  });
});
