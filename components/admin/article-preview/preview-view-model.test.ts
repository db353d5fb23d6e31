import { describe, expect, it } from 'vitest';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { previewViewModel } from './preview-view-model';
import type { StoredPreview } from './preview-storage';

const body: TiptapDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '未保存的正文' }] }] };
const now = new Date('2026-11-21T06:00:00Z');

function preview(fields: Partial<StoredPreview['fields']> = {}, meta: Partial<StoredPreview['meta']> = {}): StoredPreview {
  return {
    fields: {
      title: '标题', slug: '', excerpt: '', excerptAuto: true, sourceName: '', sourceUrl: '', byline: '', datelinePlace: '',
      originalPublishedAt: '', tags: '', seoTitle: '', seoDescription: '', needsReview: false, script: 'HANS', body, ...fields,
    },
    meta: { status: 'DRAFT', publishedAt: null, version: 1, ...meta },
    storedAt: now.toISOString(),
  };
}

describe('previewViewModel', () => {
  it('turns the form fields into what the reader page shows', () => {
    const view = previewViewModel(preview({ title: '新标题', byline: '王五', datelinePlace: '北京', sourceName: '新华社', sourceUrl: 'https://x.cn', originalPublishedAt: '2024-02-29', script: 'HANT' }, { publishedAt: '2026-01-02T03:04:05.000Z' }), [], now);
    expect(view).toEqual({
      title: '新标题', script: 'HANT', byline: '王五', datelinePlace: '北京', publishedAt: new Date('2026-01-02T03:04:05.000Z'),
      sourceName: '新华社', sourceUrl: 'https://x.cn', originalPublishedAt: new Date('2024-02-29T00:00:00Z'), body, tags: [],
    });
  });

  it('shows empty fields as absent and an unpublished article with today’s date', () => {
    const view = previewViewModel(preview({ originalPublishedAt: '2024-13-45' }), [], now);
    expect(view).toMatchObject({ byline: null, datelinePlace: null, sourceName: null, sourceUrl: null, originalPublishedAt: null, publishedAt: now });
  });

  it('keeps the topic links of saved tags and leaves new tag names without a slug, in the typed order', () => {
    const view = previewViewModel(preview({ tags: '新话题， 经济、经济' }), [{ name: '经济', slug: 'jing-ji' }], now);
    expect(view.tags).toEqual([{ name: '新话题', slug: null }, { name: '经济', slug: 'jing-ji' }]);
  });
});
