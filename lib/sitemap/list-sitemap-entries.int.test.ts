import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { countSitemapUrls, listSitemapEntries } from './list-sitemap-entries';

const body = { type: 'doc', content: [] };

async function createArticle(slug: string, status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED', options: { trashed?: boolean; tagId?: string } = {}) {
  const isPublic = status === 'PUBLISHED' || status === 'ARCHIVED';
  const article = await getPrisma().article.create({
    data: { title: slug, slug, body, status, publishedAt: isPublic ? new Date() : null, deletedAt: options.trashed ? new Date() : null },
  });
  if (options.tagId) await getPrisma().articleTag.create({ data: { articleId: article.id, tagId: options.tagId, position: 0 } });
  return article;
}

describe('listSitemapEntries', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('lists the fixed pages, topics with public articles, and public articles only', async () => {
    const prisma = getPrisma();
    const shown = await prisma.tag.create({ data: { name: '湖北', slug: 'hu-bei' } });
    const draftOnly = await prisma.tag.create({ data: { name: '草稿', slug: 'cao-gao' } });
    await prisma.tag.create({ data: { name: '空', slug: 'kong' } });
    const published = await createArticle('published', 'PUBLISHED', { tagId: shown.id });
    await createArticle('archived', 'ARCHIVED');
    await createArticle('draft', 'DRAFT', { tagId: draftOnly.id });
    await createArticle('scheduled', 'SCHEDULED');
    await createArticle('trashed', 'PUBLISHED', { trashed: true, tagId: draftOnly.id });

    const entries = await listSitemapEntries(1);
    expect(entries.map((entry) => entry.path).sort()).toEqual(['/', '/articles/archived', '/articles/published', '/topics', '/topics/hu-bei']);
    const publishedEntry = entries.find((entry) => entry.path === '/articles/published');
    expect(publishedEntry?.priority).toBeGreaterThan(entries.find((entry) => entry.path === '/articles/archived')?.priority ?? 1);
    expect(await countSitemapUrls()).toBe(5);
    // Never published through the editor, the article has no content change recorded: its publication counts.
    expect(publishedEntry?.lastModified).toEqual(published.publishedAt);
  });

  it('dates an article by its content’s last change, not by writes readers cannot see', async () => {
    const prisma = getPrisma();
    const edited = new Date('2026-11-20T08:00:00.000Z');
    const article = await createArticle('edited', 'PUBLISHED');
    await prisma.article.update({ where: { id: article.id }, data: { contentUpdatedAt: edited } });
    // An editor-lock heartbeat, as claimArticleLock writes it: it moves updated_at only.
    await prisma.article.update({ where: { id: article.id }, data: { lockSeenAt: new Date() } });
    const stored = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.updatedAt.getTime()).toBeGreaterThan(edited.getTime());

    const entry = (await listSitemapEntries(1)).find((candidate) => candidate.path === '/articles/edited');
    expect(entry?.lastModified).toEqual(edited);
  });

  it('splits the URLs into chunks with none lost or repeated across the boundaries', async () => {
    const prisma = getPrisma();
    for (const slug of ['t-a', 't-b', 't-c']) {
      const tag = await prisma.tag.create({ data: { name: slug, slug } });
      await createArticle(`a-${slug}`, 'PUBLISHED', { tagId: tag.id });
    }
    for (let index = 0; index < 6; index += 1) await createArticle(`extra-${index}`, index % 2 ? 'ARCHIVED' : 'PUBLISHED');
    await createArticle('draft', 'DRAFT');

    const total = await countSitemapUrls();
    expect(total).toBe(2 + 3 + 9);
    const chunks = await Promise.all([1, 2, 3, 4, 5].map((chunk) => listSitemapEntries(chunk, 3)));
    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 3, 3, 2]);
    const paths = chunks.flat().map((entry) => entry.path);
    expect(new Set(paths).size).toBe(total);
    expect(paths.slice(0, 2)).toEqual(['/', '/topics']);
    expect(paths.filter((path) => path.startsWith('/topics/'))).toHaveLength(3);
    expect(paths).not.toContain('/articles/draft');
    expect(await listSitemapEntries(6, 3)).toEqual([]);
  });
});
