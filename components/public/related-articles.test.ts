import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RelatedArticle } from '@/lib/articles/list-related-articles';
import type { SiteVariant } from '@/lib/variants/site-variant';
import { RelatedArticles } from './related-articles';

const article = (slug: string, title: string): RelatedArticle => ({
  id: crypto.randomUUID(), slug, title, excerpt: '', publishedAt: new Date('2026-03-01T20:00:00.000Z'), script: 'HANS',
});
const render = (articles: RelatedArticle[], variant: SiteVariant) => renderToStaticMarkup(createElement(RelatedArticles, { articles, variant }));

describe('RelatedArticles', () => {
  it('lists each article as a link with its Beijing-time date, under a labelled heading', () => {
    const html = render([article('ruan-jian', '软件专利'), article('shang-biao', '商标')], 'zh-hans');
    expect(html).toContain('<section aria-labelledby="related-title" class="related" lang="zh-Hans">');
    expect(html).toContain('<h2 id="related-title" class="related-title">相关文章</h2>');
    expect(html).toContain('<a class="related-link" href="/articles/ruan-jian">软件专利</a>');
    expect(html).toContain('<time dateTime="2026-03-01T20:00:00.000Z" class="related-date">2026年3月2日</time>');
    expect(html.indexOf('ruan-jian')).toBeLessThan(html.indexOf('shang-biao'));
  });

  it('links into the variant and shows heading and titles in its script', () => {
    const html = render([article('ruan-jian', '软件专利')], 'zh-tw');
    expect(html).toContain('lang="zh-Hant-TW"');
    expect(html).toContain('相關文章');
    expect(html).toContain('<a class="related-link" href="/zh-tw/articles/ruan-jian">軟體專利</a>');
  });

  it('renders nothing without articles', () => {
    expect(render([], 'zh-hans')).toBe('');
  });
});
