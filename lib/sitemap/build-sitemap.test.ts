import { describe, expect, it } from 'vitest';
import { buildSitemap, buildSitemapIndex, escapeXml, sitemapChunkPath } from './build-sitemap';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });
});

describe('buildSitemap', () => {
  it('lists absolute URLs with lastmod and priority when given', () => {
    const xml = buildSitemap('https://news.example.com', [
      { path: '/', priority: 1 },
      { path: '/articles/a-b', lastModified: new Date('2026-01-02T03:04:05.000Z'), priority: 0.8 },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://news.example.com/</loc><priority>1.0</priority></url>');
    expect(xml).toContain('<url><loc>https://news.example.com/articles/a-b</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod><priority>0.8</priority></url>');
  });

  it('escapes & in URLs and percent-encodes the rest', () => {
    const xml = buildSitemap('https://news.example.com', [{ path: `/topics/x?a=1&b='2'` }, { path: '/topics/<知识>' }]);
    expect(xml).toContain('<loc>https://news.example.com/topics/x?a=1&amp;b=%272%27</loc>');
    expect(xml).toContain('<loc>https://news.example.com/topics/%3C%E7%9F%A5%E8%AF%86%3E</loc>');
    expect(xml).not.toMatch(/&(?!amp;|apos;|quot;|lt;|gt;)/);
  });

  it('builds an empty urlset when there is nothing to list', () => {
    expect(buildSitemap('http://localhost:3000', [])).toMatch(/<urlset [^>]+>\s*<\/urlset>/);
  });
});

describe('buildSitemapIndex', () => {
  it('points at each chunk by absolute URL', () => {
    const xml = buildSitemapIndex('https://news.example.com', [sitemapChunkPath(1), sitemapChunkPath(2)]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<sitemap><loc>https://news.example.com/sitemaps/1.xml</loc></sitemap>');
    expect(xml).toContain('<sitemap><loc>https://news.example.com/sitemaps/2.xml</loc></sitemap>');
  });
});
