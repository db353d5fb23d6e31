import { describe, expect, it } from 'vitest';
import type { PublishedArticle } from '@/lib/articles/get-published-article';
import type { TiptapDoc, TiptapNode } from '@/lib/rich-text/tiptap-doc';
import { convertArticleForVariant } from './convert-article-for-variant';

const text = (value: string, ...marks: { type: string }[]): TiptapNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });

function article(overrides: Partial<PublishedArticle> = {}): PublishedArticle {
  return {
    title: '软件和信息服务业', slug: 'ruan-jian', excerpt: '知识产权', status: 'PUBLISHED', script: 'HANS',
    seoTitle: '软件', seoDescription: null, byline: '张三', sourceName: '人民网', sourceUrl: 'https://example.cn/软件',
    datelinePlace: '台湾', originalPublishedAt: null, publishedAt: new Date('2026-01-02T03:04:05Z'), archived: false,
    body: doc(paragraph(text('用'), text('软', { type: 'bold' }), text('件', { type: 'italic' }), text('printf("软件")', { type: 'code' }))),
    tags: [{ name: '知识产权', slug: 'zhi-shi-chan-quan' }, { name: '臺灣', slug: 'tai-wan' }],
    ...overrides,
  };
}

describe('convertArticleForVariant', () => {
  it('converts a Simplified article’s texts, body and tags for zh-tw, leaving slugs, URLs and code', () => {
    const converted = convertArticleForVariant(article(), 'zh-tw');
    expect(converted).toMatchObject({
      title: '軟體和資訊服務業', excerpt: '智慧財產權', seoTitle: '軟體', seoDescription: null, byline: '張三', sourceName: '人民網',
      sourceUrl: 'https://example.cn/软件', datelinePlace: '臺灣', slug: 'ruan-jian',
      tags: [{ name: '智慧財產權', slug: 'zhi-shi-chan-quan' }, { name: '臺灣', slug: 'tai-wan' }],
    });
    expect(converted.body).toEqual(doc(paragraph(text('用'), text('軟', { type: 'bold' }), text('體', { type: 'italic' }), text('printf("软件")', { type: 'code' }))));
  });

  it('shows a Simplified article to the Simplified site as stored, apart from Traditional tag names', () => {
    const stored = article();
    const converted = convertArticleForVariant(stored, 'zh-hans');
    expect(converted).toEqual({ ...stored, tags: [{ name: '知识产权', slug: 'zhi-shi-chan-quan' }, { name: '台湾', slug: 'tai-wan' }] });
  });

  it('converts a Traditional article to Simplified for zh-hans, and keeps it as stored for zh-hk', () => {
    const stored = article({ script: 'HANT', title: '頭髮乾燥', excerpt: '', byline: null, body: doc(paragraph(text('後來'))) });
    expect(convertArticleForVariant(stored, 'zh-hans')).toMatchObject({ title: '头发干燥', excerpt: '', byline: null, body: doc(paragraph(text('后来'))) });
    const hongKong = convertArticleForVariant(stored, 'zh-hk');
    expect(hongKong).toMatchObject({ title: '頭髮乾燥', sourceName: '人民网', body: stored.body });
  });
});
