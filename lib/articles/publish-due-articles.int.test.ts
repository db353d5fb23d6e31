import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { resetDatabase } from '@/lib/db/test-database';
import { publishDueArticles } from './publish-due-articles';

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

let counter = 0;
async function createArticle(options: { status: ArticleStatus; scheduledAt?: Date; publishedAt?: Date; deletedAt?: Date; tagSlugs?: string[] }) {
  counter++;
  const prisma = getPrisma();
  const article = await prisma.article.create({
    data: {
      title: `定时文章${counter}`,
      slug: `ding-shi-${counter}`,
      body: doc('正文。'),
      bodyText: '正文。',
      status: options.status,
      scheduledAt: options.scheduledAt ?? null,
      publishedAt: options.publishedAt ?? null,
      deletedAt: options.deletedAt ?? null,
    },
  });
  for (const [position, slug] of (options.tagSlugs ?? []).entries()) {
    const tag = await prisma.tag.upsert({ where: { slug }, create: { slug, name: `话题${slug}` }, update: {} });
    await prisma.articleTag.create({ data: { articleId: article.id, tagId: tag.id, position } });
  }
  return article;
}

describe('publishDueArticles', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('publishes due scheduled articles and leaves future, trashed and draft ones alone', async () => {
    const dueAt = minutesFromNow(-1);
    const due = await createArticle({ status: 'SCHEDULED', scheduledAt: dueAt, tagSlugs: ['hu-bei', 'jing-ji'] });
    const future = await createArticle({ status: 'SCHEDULED', scheduledAt: minutesFromNow(5) });
    const trashed = await createArticle({ status: 'SCHEDULED', scheduledAt: dueAt, deletedAt: new Date() });
    const draft = await createArticle({ status: 'DRAFT', scheduledAt: dueAt });

    const published = await publishDueArticles();

    expect(published).toEqual([{ id: due.id, slug: due.slug, invalidation: { slugs: [due.slug], tagSlugs: ['hu-bei', 'jing-ji'] } }]);
    const prisma = getPrisma();
    const stored = await prisma.article.findUniqueOrThrow({ where: { id: due.id } });
    expect(stored).toMatchObject({ status: 'PUBLISHED', publishedAt: dueAt, scheduledAt: null, slugAuto: false, version: 2 });
    const revisions = await prisma.revision.findMany({ where: { articleId: due.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 2, reason: 'scheduled-publish', authorId: null });
    expect((revisions[0]?.snapshot as { tags: string[] }).tags).toEqual(['话题hu-bei', '话题jing-ji']);
    const audit = await prisma.auditLog.findMany({ where: { targetId: due.id } });
    expect(audit).toMatchObject([{ action: 'article.publish', actorId: null, data: { scheduled: true } }]);

    for (const article of [future, trashed, draft]) {
      const after = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
      expect([after.status, after.version, after.publishedAt]).toEqual([article.status, 1, null]);
    }
    expect(await prisma.revision.count()).toBe(1);
  });

  it('publishes each article exactly once when two workers run at the same moment', async () => {
    // More than one batch (100), so both workers loop while competing for rows.
    const total = 230;
    const prisma = getPrisma();
    await prisma.article.createMany({
      data: Array.from({ length: total }, (_, index) => ({
        title: `并发${index}`,
        slug: `bing-fa-${index}`,
        body: doc('正文。'),
        bodyText: '正文。',
        status: 'SCHEDULED' as const,
        scheduledAt: new Date(Date.now() - (index + 1) * 1000),
      })),
    });

    const [first, second] = await Promise.all([publishDueArticles(), publishDueArticles()]);

    const ids = [...first, ...second].map((publication) => publication.id);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(await prisma.article.count({ where: { status: 'PUBLISHED', version: 2 } })).toBe(total);
    expect(await prisma.revision.count({ where: { reason: 'scheduled-publish' } })).toBe(total);
    expect(await prisma.auditLog.count({ where: { action: 'article.publish' } })).toBe(total);
    expect(await publishDueArticles()).toEqual([]);
  });

  it('publishes an article that fell due while no server ran, at its scheduled time, keeping a first publication time', async () => {
    const longAgo = minutesFromNow(-180);
    const missed = await createArticle({ status: 'SCHEDULED', scheduledAt: longAgo });
    const firstPublished = minutesFromNow(-60 * 24);
    const republished = await createArticle({ status: 'SCHEDULED', scheduledAt: minutesFromNow(-2), publishedAt: firstPublished });

    const published = await publishDueArticles();

    expect(published.map((publication) => publication.id)).toEqual([missed.id, republished.id]);
    const stored = await getPrisma().article.findMany({ where: { id: { in: [missed.id, republished.id] } }, select: { id: true, publishedAt: true } });
    expect(Object.fromEntries(stored.map((article) => [article.id, article.publishedAt]))).toEqual({
      [missed.id]: longAgo,
      [republished.id]: firstPublished,
    });
  });
});
