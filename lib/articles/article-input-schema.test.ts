import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod } from '@/lib/actions/field-errors-from-zod';
import { saveArticleInputSchema, type SaveArticleRequest } from './article-input-schema';
import { paragraphs, saveRequest } from './test-save-input';

const valid: SaveArticleRequest = saveRequest('3b241101-e2bb-4255-8caf-4136c566a962', { baseVersion: 3, body: paragraphs('正文') });

function fieldErrorsOf(overrides: Record<string, unknown>) {
  const parsed = saveArticleInputSchema.safeParse({ ...valid, ...overrides });
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error);
}

const link = (href: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: '点我', marks: [{ type: 'link', attrs: { href } }] }] }],
});

describe('saveArticleInputSchema', () => {
  it('accepts a draft with an empty title and every optional field empty', () => {
    expect(fieldErrorsOf({ title: '' })).toEqual({});
  });

  it.each([
    [{ title: '长'.repeat(201) }, { title: 'tooLong' }],
    [{ slug: 'Hello World' }, { slug: 'forbiddenCharacters' }],
    [{ slug: 'zhong-wen--' }, { slug: 'forbiddenCharacters' }],
    [{ slug: '中文' }, { slug: 'forbiddenCharacters' }],
    [{ slug: 'a'.repeat(81) }, { slug: 'tooLong' }],
    [{ excerpt: '摘'.repeat(301) }, { excerpt: 'tooLong' }],
    [{ sourceUrl: 'javascript:alert(1)' }, { sourceUrl: 'invalid' }],
    [{ sourceUrl: 'mailto:a@b.c' }, { sourceUrl: 'invalid' }],
    [{ sourceUrl: `https://example.com/${'a'.repeat(2000)}` }, { sourceUrl: 'tooLong' }],
    [{ byline: '记'.repeat(101) }, { byline: 'tooLong' }],
    [{ datelinePlace: '地'.repeat(51) }, { datelinePlace: 'tooLong' }],
    [{ originalPublishedAt: '2026-02-30' }, { originalPublishedAt: 'invalid' }],
    [{ originalPublishedAt: '2026/01/02' }, { originalPublishedAt: 'invalid' }],
    [{ seoTitle: 's'.repeat(71) }, { seoTitle: 'tooLong' }],
    [{ seoDescription: 's'.repeat(161) }, { seoDescription: 'tooLong' }],
    [{ tags: Array.from({ length: 21 }, (_, index) => `标签${index}`).join(',') }, { tags: 'tooLong' }],
    [{ script: 'LATN' }, { script: 'invalid' }],
    [{ body: { type: 'doc', content: [{ type: 'iframe', attrs: { src: 'https://evil.example' } }] } }, { body: 'invalid' }],
    [{ body: link('javascript:alert(1)') }, { body: 'invalid' }],
    [{ body: link('JAVA\tSCRIPT:alert(1)') }, { body: 'invalid' }],
    [{ body: '<p>html</p>' }, { body: 'invalid' }],
    [{ scheduledAt: '2026-02-30T10:00' }, { scheduledAt: 'invalid' }],
    [{ scheduledAt: '明天' }, { scheduledAt: 'invalid' }],
    [{ intent: 'delete' }, { intent: 'invalid' }],
    [{ baseVersion: 0 }, { baseVersion: 'invalid' }],
    [{ id: 'not-a-uuid' }, { id: 'invalid' }],
    [{ lockToken: 'a b' }, { lockToken: 'invalid' }],
  ])('%j → %j', (overrides, expected) => {
    expect(fieldErrorsOf(overrides)).toEqual(expected);
  });

  it('trims text, splits tags and keeps a valid body and link', () => {
    const parsed = saveArticleInputSchema.parse({
      ...valid, title: '  标题 ', slug: ' zhong-wen-2 ', tags: '湖北，知识产权、湖北', originalPublishedAt: '2024-02-29',
      sourceUrl: 'https://example.com/新闻', body: link('https://example.com'), scheduledAt: '2026-05-01T08:00',
    });
    expect(parsed).toMatchObject({ title: '标题', slug: 'zhong-wen-2', tags: ['湖北', '知识产权'], originalPublishedAt: '2024-02-29', scheduledAt: '2026-05-01T08:00' });
    expect(parsed.body.content).toHaveLength(1);
  });
});
