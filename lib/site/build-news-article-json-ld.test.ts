import { describe, expect, it } from 'vitest';
import { buildNewsArticleJsonLd, type NewsArticleInput } from './build-news-article-json-ld';
import { findFirstImageSrc } from './find-first-image-src';
import { serializeJsonLd } from './serialize-json-ld';
import { getSiteOrigin } from './site-url';

const origin = getSiteOrigin();
const base: NewsArticleInput = {
  title: '知识产权法院成立', slug: 'zhi-shi-chan-quan', description: '摘要', script: 'HANS', byline: null, sourceUrl: null,
  publishedAt: new Date('2026-01-02T03:04:05Z'), modifiedAt: null, image: null, tags: [],
};

describe('buildNewsArticleJsonLd', () => {
  it('has the required NewsArticle fields with absolute URLs', () => {
    const ld = buildNewsArticleJsonLd(base);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '知识产权法院成立', description: '摘要',
      datePublished: '2026-01-02T03:04:05.000Z', dateModified: '2026-01-02T03:04:05.000Z',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${origin}/articles/zhi-shi-chan-quan` },
      author: { '@type': 'Organization', name: '墨石新闻' },
      publisher: { '@type': 'Organization', name: '墨石新闻', logo: { '@type': 'ImageObject', url: `${origin}/icon.svg` } },
      inLanguage: 'zh-Hans',
    });
    expect(ld).not.toHaveProperty('image');
    expect(ld).not.toHaveProperty('isBasedOn');
  });

  it('names the byline as a Person and carries topics, image, source and script', () => {
    const ld = buildNewsArticleJsonLd({
      ...base, byline: '王小明', script: 'HANT', sourceUrl: 'https://example.com/a', image: '/uploads/a.jpg',
      modifiedAt: new Date('2026-01-03T00:00:00Z'), tags: [{ name: '法律' }, { name: '科技' }],
    });
    expect(ld).toMatchObject({
      author: { '@type': 'Person', name: '王小明' }, inLanguage: 'zh-Hant', isBasedOn: 'https://example.com/a',
      image: [`${origin}/uploads/a.jpg`], articleSection: '法律', keywords: ['法律', '科技'], dateModified: '2026-01-03T00:00:00.000Z',
    });
  });

  it('keeps HTML in a title as text, escapes < when serialised, and caps the headline at 110 characters', () => {
    const title = '</script><script>alert(1)</script>标题';
    const json = serializeJsonLd(buildNewsArticleJsonLd({ ...base, title }));
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe(title);
    const long = buildNewsArticleJsonLd({ ...base, title: '长'.repeat(200) }).headline;
    expect([...long]).toHaveLength(110);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('findFirstImageSrc', () => {
  it('finds the first image that would render, nested or not, skipping unsafe sources', () => {
    const nodes = [
      { type: 'paragraph', content: [{ type: 'text', text: '文字' }] },
      { type: 'image', attrs: { src: 'javascript:alert(1)' } },
      { type: 'blockquote', content: [{ type: 'image', attrs: { src: '/uploads/b.png' } }] },
      { type: 'image', attrs: { src: 'https://example.com/c.png' } },
    ];
    expect(findFirstImageSrc(nodes)).toBe('/uploads/b.png');
    expect(findFirstImageSrc([{ type: 'paragraph' }])).toBeNull();
  });
});
