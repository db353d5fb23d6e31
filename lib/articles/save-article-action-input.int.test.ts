import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveArticleAction } from '@/app/(admin)/admin/articles/[id]/actions';
import type { CurrentUser } from '@/lib/auth/get-current-user';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { articleWriteState, createTestArticle, createTestUser } from './test-article-fixtures';
import { paragraphs, saveInput } from './test-save-input';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/get-current-user', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

const withLink = (href: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: '来源', marks: [{ type: 'link', attrs: { href } }] }] }],
});

// Sent straight to the action, as a hand-made request would be: the raw JSON, not parsed input.
const badInputs: [string, Record<string, unknown>, Record<string, string>][] = [
  ['a title over the limit', { title: '题'.repeat(201) }, { title: 'tooLong' }],
  ['an empty body on publishing', { intent: 'publish', body: { type: 'doc', content: [{ type: 'paragraph' }] } }, { body: 'required' }],
  ['no title on publishing', { intent: 'publish', title: ' ' }, { title: 'required' }],
  ['a slug with forbidden characters', { slug: '新闻/../admin' }, { slug: 'forbiddenCharacters' }],
  ['a slug already taken', { slug: 'taken-slug' }, { slug: 'taken' }],
  ['an impossible date', { originalPublishedAt: '2026-02-30' }, { originalPublishedAt: 'invalid' }],
  ['a date in another format', { originalPublishedAt: '30/01/2026' }, { originalPublishedAt: 'invalid' }],
  ['a body with unknown nodes', { body: { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] } }, { body: 'invalid' }],
  ['a body with a javascript: link', { body: withLink('javascript:alert(document.cookie)') }, { body: 'invalid' }],
  ['a source address that is not http', { sourceUrl: 'javascript:alert(1)' }, { sourceUrl: 'invalid' }],
  ['a schedule in the past', { intent: 'schedule', scheduledAt: '2020-01-01T08:00' }, { scheduledAt: 'past' }],
  ['a schedule without a time', { intent: 'schedule', scheduledAt: '' }, { scheduledAt: 'required' }],
  ['publishing a needs-review article unconfirmed', { intent: 'publish', needsReview: true }, { needsReview: 'needsConfirmation' }],
];

describe('saveArticleAction: bad input', () => {
  beforeEach(async () => {
    await resetDatabase(getPrisma());
    session.user = { ...(await createTestUser('王编辑')), disabled: false };
  });

  it.each(badInputs)('rejects %s with a field code and writes nothing', async (_case, overrides, fieldErrors) => {
    await createTestArticle({ slug: 'taken-slug' });
    const article = await createTestArticle();
    const before = await articleWriteState(article.id);
    const request = { ...saveInput(article.id, { title: '标题', tags: '新话题', body: paragraphs('正文。') }), tags: '新话题', ...overrides };
    const result = await saveArticleAction(request);
    expect(result).toEqual({ ok: false, error: 'VALIDATION', fieldErrors });
    expect(await articleWriteState(article.id)).toEqual(before);
  });

  it('saves the same request once the input is fixed', async () => {
    const article = await createTestArticle();
    const result = await saveArticleAction({ ...saveInput(article.id), tags: '新话题', originalPublishedAt: '2024-02-29' });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
  });

  it('refuses autosaving a published article, which is only saved on purpose', async () => {
    const article = await createTestArticle({ status: 'PUBLISHED', publishedAt: new Date() });
    const before = await articleWriteState(article.id);
    const result = await saveArticleAction({ ...saveInput(article.id, { intent: 'autosave' }), tags: '' });
    expect(result).toEqual({ ok: false, error: 'VALIDATION', fieldErrors: { form: 'invalid' } });
    expect(await articleWriteState(article.id)).toEqual(before);
  });
});
