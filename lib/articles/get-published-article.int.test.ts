import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { resetDatabase } from '@/lib/db/test-database';
import { getTopic } from '@/lib/tags/get-topic';
import { getPublishedArticle } from './get-published-article';
import { listPublishedArticles } from './list-published-articles';

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文。' }] }] };

async function createArticleInState(slug: string, status: ArticleStatus, options: { isTrashed?: boolean; tagSlug?: string; publishedAt?: Date } = {}) {
  const prisma = getPrisma();
  const article = await prisma.article.create({
    data: {
      title: `标题 ${slug}`,
      slug,
      body: doc,
      bodyText: '正文。',
      status,
      publishedAt: status === 'PUBLISHED' || status === 'ARCHIVED' ? (options.publishedAt ?? new Date()) : null,
      deletedAt: options.isTrashed ? new Date() : null,
    },
  });
  if (options.tagSlug) {
    const tag = await prisma.tag.upsert({ where: { slug: options.tagSlug }, create: { slug: options.tagSlug, name: options.tagSlug }, update: {} });
    await prisma.articleTag.create({ data: { articleId: article.id, tagId: tag.id, position: 0 } });
  }
  return article;
}

describe('what readers see', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('serves published and archived articles at their URL, archived ones marked, and nothing else', async () => {
    await createArticleInState('fa-bu', 'PUBLISHED', { tagSlug: 'hu-bei' });
    await createArticleInState('gui-dang', 'ARCHIVED');
    await createArticleInState('cao-gao', 'DRAFT');
    await createArticleInState('ding-shi', 'SCHEDULED');
    await createArticleInState('hui-shou', 'PUBLISHED', { isTrashed: true });
    await createArticleInState('hui-shou-gui-dang', 'ARCHIVED', { isTrashed: true });

    expect(await getPublishedArticle('fa-bu')).toMatchObject({ slug: 'fa-bu', archived: false, tags: [{ slug: 'hu-bei', name: 'hu-bei' }] });
    expect(await getPublishedArticle('gui-dang')).toMatchObject({ slug: 'gui-dang', archived: true });
    for (const slug of ['cao-gao', 'ding-shi', 'hui-shou', 'hui-shou-gui-dang', 'wei-zhi']) {
      expect(await getPublishedArticle(slug), slug).toBeNull();
    }
  });

  it('lists only published articles outside the trash, on the home page and topic pages', async () => {
    const hour = 3_600_000;
    await createArticleInState('xin', 'PUBLISHED', { tagSlug: 'hu-bei', publishedAt: new Date(Date.now() - hour) });
    await createArticleInState('jiu', 'PUBLISHED', { tagSlug: 'hu-bei', publishedAt: new Date(Date.now() - 2 * hour) });
    await createArticleInState('gui-dang', 'ARCHIVED', { tagSlug: 'hu-bei' });
    await createArticleInState('hui-shou', 'PUBLISHED', { tagSlug: 'hu-bei', isTrashed: true });
    await createArticleInState('cao-gao', 'DRAFT', { tagSlug: 'hu-bei' });

    expect((await listPublishedArticles()).map((article) => article.slug)).toEqual(['xin', 'jiu']);
    expect((await getTopic('hu-bei'))?.articles.map((article) => article.slug)).toEqual(['xin', 'jiu']);
  });
});
