import { describe, expect, it } from 'vitest';
import { isReaderContentChanged, isSameJson, type ReaderContent } from './is-reader-content-changed';

const content: ReaderContent = {
  title: '标题', slug: 'biao-ti', excerpt: '摘要', seoTitle: null, seoDescription: null,
  body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '小标题' }] }] },
  byline: '张三', datelinePlace: null, sourceName: '人民网', sourceUrl: null,
  originalPublishedAt: new Date('2026-01-02T00:00:00Z'), script: 'HANS', tags: ['湖北', '经济'],
};

describe('isReaderContentChanged', () => {
  it('is false for the same content, whatever the body’s key order and fresh Date objects', () => {
    const reordered = { content: [{ content: [{ text: '小标题', type: 'text' }], attrs: { level: 2 }, type: 'heading' }], type: 'doc' };
    expect(isReaderContentChanged(content, { ...content, body: reordered, originalPublishedAt: new Date('2026-01-02T00:00:00Z'), tags: ['湖北', '经济'] })).toBe(false);
  });

  it.each<[string, Partial<ReaderContent>]>([
    ['title', { title: '新标题' }],
    ['slug', { slug: 'xin' }],
    ['excerpt', { excerpt: '' }],
    ['SEO title', { seoTitle: '搜索标题' }],
    ['SEO description', { seoDescription: '描述' }],
    ['byline', { byline: null }],
    ['dateline', { datelinePlace: '武汉' }],
    ['source name', { sourceName: '新华社' }],
    ['source URL', { sourceUrl: 'https://example.cn/' }],
    ['original date', { originalPublishedAt: null }],
    ['script', { script: 'HANT' }],
    ['tag order', { tags: ['经济', '湖北'] }],
    ['tags', { tags: ['湖北'] }],
    ['body', { body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: '小标题' }] }] } }],
  ])('is true when the %s changes', (_name, change) => {
    expect(isReaderContentChanged(content, { ...content, ...change })).toBe(true);
  });
});

describe('isSameJson', () => {
  it('compares arrays in order and treats an undefined key as absent', () => {
    expect(isSameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(isSameJson([1, 2], [2, 1])).toBe(false);
    expect(isSameJson({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(isSameJson(null, {})).toBe(false);
  });
});
