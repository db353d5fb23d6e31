import { getPrisma } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';

/** Test helper: the publication time list tests count back from. */
export const listNoon = new Date('2026-03-01T12:00:00.000Z');
export const minutesBefore = (minutes: number) => new Date(listNoon.getTime() - minutes * 60_000);

export interface ListedArticleOptions {
  status?: ArticleStatus;
  publishedAt?: Date;
  isTrashed?: boolean;
  title?: string;
  /** Tags in order (positions 0..n-1). */
  tagIds?: readonly string[];
}

/**
 * Test helper: an article as reader lists see it — published at noon unless told otherwise, a
 * draft without a publication time, optionally in the trash and tagged — titled by its slug.
 */
export async function createListedArticle(slug: string, options: ListedArticleOptions = {}) {
  const status = options.status ?? 'PUBLISHED';
  const article = await getPrisma().article.create({
    data: {
      title: options.title ?? slug, slug, body: { type: 'doc', content: [] }, status,
      publishedAt: status === 'DRAFT' ? null : (options.publishedAt ?? listNoon),
      deletedAt: options.isTrashed ? new Date() : null,
    },
  });
  const tagIds = options.tagIds ?? [];
  if (tagIds.length > 0) await getPrisma().articleTag.createMany({ data: tagIds.map((tagId, position) => ({ articleId: article.id, tagId, position })) });
  return article;
}
