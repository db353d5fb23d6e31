import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { resetDatabase } from '@/lib/db/test-database';
import { listTopics } from './list-topics';
import { createTestTag, tagTestArticle } from './test-tag-fixtures';

let serial = 0;
async function createTaggedArticle(tagIds: string[], options: { status?: ArticleStatus; isTrashed?: boolean } = {}) {
  serial += 1;
  const status = options.status ?? 'PUBLISHED';
  const article = await getPrisma().article.create({
    data: { title: `t${serial}`, slug: `list-topics-${serial}`, body: {}, status, publishedAt: status === 'DRAFT' ? null : new Date(), deletedAt: options.isTrashed ? new Date() : null },
  });
  await tagTestArticle(article.id, tagIds);
}

describe('listTopics', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('lists topics with public articles and their counts, most first, with the parent even when it has none', async () => {
    const region = await createTestTag('地区');
    const wuhan = await createTestTag('武汉', { parentId: region.id, featured: true });
    const hubei = await createTestTag('湖北');
    const onlyDrafts = await createTestTag('草稿主题');
    await createTestTag('空主题');
    await createTaggedArticle([wuhan.id, hubei.id]);
    await createTaggedArticle([wuhan.id]);
    await createTaggedArticle([hubei.id, onlyDrafts.id], { status: 'ARCHIVED' });
    await createTaggedArticle([hubei.id, onlyDrafts.id], { isTrashed: true });
    await createTaggedArticle([onlyDrafts.id, wuhan.id], { status: 'DRAFT' });

    expect(await listTopics()).toEqual([
      { id: wuhan.id, name: '武汉', slug: wuhan.slug, featured: true, publishedCount: 2, parentId: region.id, parentName: '地区', parentSlug: region.slug },
      { id: hubei.id, name: '湖北', slug: hubei.slug, featured: false, publishedCount: 1, parentId: null, parentName: null, parentSlug: null },
    ]);
  });
});
