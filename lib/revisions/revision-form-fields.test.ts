import { describe, expect, it } from 'vitest';
import { emptyDoc } from '@/lib/rich-text/empty-doc';
import { revisionFormFields } from './revision-form-fields';

const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文' }] }] };

describe('revisionFormFields', () => {
  it('maps a current snapshot to the form fields', () => {
    const content = revisionFormFields({
      title: '标题',
      body,
      snapshot: {
        title: '标题', slug: 'biao-ti', slugAuto: false, excerpt: '摘要', excerptAuto: false, sourceName: '新华社', sourceUrl: null,
        byline: '记者 王五', datelinePlace: '北京', originalPublishedAt: '2024-02-29', seoTitle: null, seoDescription: 'SEO',
        needsReview: true, script: 'HANT', status: 'PUBLISHED', version: 4, bodyText: '正文', tags: ['经济', '物价'],
      },
    });
    expect(content).toEqual({
      fields: {
        title: '标题', slug: 'biao-ti', excerpt: '摘要', excerptAuto: false, sourceName: '新华社', sourceUrl: '', byline: '记者 王五',
        datelinePlace: '北京', originalPublishedAt: '2024-02-29', tags: '经济, 物价', seoTitle: '', seoDescription: 'SEO',
        needsReview: true, script: 'HANT', body,
      },
      tagNames: ['经济', '物价'],
      isBodyValid: true,
    });
  });

  it('leaves the slug empty while it followed the title', () => {
    expect(revisionFormFields({ title: 't', body, snapshot: { slug: 'biao-ti', slugAuto: true } }).fields.slug).toBe('');
  });

  it('gives older snapshots without the new columns their defaults', () => {
    const { fields, tagNames } = revisionFormFields({
      title: '旧版',
      body,
      snapshot: { title: '旧版', slug: 'jiu-ban', excerpt: '旧摘要', originalPublishedAt: '2020-01-02T00:00:00.000Z', status: 'DRAFT', tags: ['甲'] },
    });
    expect(fields).toMatchObject({ slug: 'jiu-ban', excerptAuto: true, seoTitle: '', seoDescription: '', needsReview: false, script: 'HANS', originalPublishedAt: '2020-01-02', tags: '甲' });
    expect(tagNames).toEqual(['甲']);
  });

  it('survives a damaged snapshot and body', () => {
    const content = revisionFormFields({ title: '坏', body: { type: 'doc', content: [{ type: 'video' }] }, snapshot: { script: 'X', tags: 'no', byline: 5 } });
    expect(content.isBodyValid).toBe(false);
    expect(content.fields).toMatchObject({ title: '坏', script: 'HANS', tags: '', byline: '', body: emptyDoc() });
    expect(revisionFormFields({ title: '空', body, snapshot: null }).fields.excerpt).toBe('');
  });
});
