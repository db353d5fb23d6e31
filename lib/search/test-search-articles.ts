import { randomBytes } from 'node:crypto';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { articleSearchColumns } from './article-search-columns';

/** Test helper: an article with its search columns, PUBLISHED a given number of hours ago unless `data` says otherwise. */
export async function createSearchableArticle(title: string, bodyText: string, data: Partial<Prisma.ArticleUncheckedCreateInput> & { hoursAgo?: number } = {}) {
  const { hoursAgo = 1, ...rest } = data;
  const excerpt = rest.excerpt ?? '';
  return getPrisma().article.create({
    data: {
      title,
      slug: `article-${randomBytes(4).toString('hex')}`,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: bodyText }] }] },
      bodyText,
      status: 'PUBLISHED',
      publishedAt: new Date(Date.now() - hoursAgo * 3_600_000),
      ...articleSearchColumns({ title, excerpt, bodyText }),
      ...rest,
    },
  });
}
