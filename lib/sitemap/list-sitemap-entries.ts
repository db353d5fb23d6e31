import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { topicPath } from '@/lib/site/topic-paths';
import type { SitemapEntry } from './build-sitemap';

/** The most URLs one sitemap file may hold (sitemaps.org). */
export const sitemapChunkSize = 50_000;

const staticEntries: SitemapEntry[] = [{ path: '/', priority: 1 }, { path: '/topics', priority: 0.5 }];
// ARCHIVED articles stay readable at their URL, so they stay listed, below current ones.
const publicArticle = { status: { in: ['PUBLISHED' as const, 'ARCHIVED' as const] }, deletedAt: null };
const publicTopic = { publishedCount: { gt: 0 } };

/** How many URLs the sitemap lists in all: the fixed pages, topics with public articles, public articles. */
export async function countSitemapUrls(): Promise<number> {
  const prisma = getPrisma();
  const [topics, articles] = await Promise.all([prisma.tag.count({ where: publicTopic }), prisma.article.count({ where: publicArticle })]);
  return staticEntries.length + topics + articles;
}

/**
 * The URLs of sitemap chunk `chunk` (1-based) of `chunkSize`: the fixed pages, then topics, then
 * articles, each in id order. Articles are read by keyset from the chunk's first id, selecting only
 * slug, status and dates, so no body is ever loaded. An article's lastmod is its content's last
 * change (or its publication), not updatedAt, which editor locks and bookkeeping move too.
 */
export async function listSitemapEntries(chunk: number, chunkSize = sitemapChunkSize): Promise<SitemapEntry[]> {
  const prisma = getPrisma();
  const start = (chunk - 1) * chunkSize;
  const end = start + chunkSize;
  const entries = staticEntries.slice(start, end);

  const topicStart = Math.max(0, start - staticEntries.length);
  const topicTake = end - staticEntries.length - topicStart;
  const topicCount = await prisma.tag.count({ where: publicTopic });
  if (topicTake > 0 && topicStart < topicCount) {
    const topics = await prisma.tag.findMany({ where: publicTopic, orderBy: { id: 'asc' }, skip: topicStart, take: topicTake, select: { slug: true } });
    entries.push(...topics.map((topic) => ({ path: topicPath(topic.slug), priority: 0.6 })));
  }

  const articleStart = Math.max(0, start - staticEntries.length - topicCount);
  const articleTake = end - staticEntries.length - topicCount - articleStart;
  if (articleTake <= 0) return entries;
  const first = await prisma.article.findFirst({ where: publicArticle, orderBy: { id: 'asc' }, skip: articleStart, select: { id: true } });
  if (!first) return entries;
  const articles = await prisma.article.findMany({
    where: { ...publicArticle, id: { gte: first.id } },
    orderBy: { id: 'asc' },
    take: articleTake,
    select: { slug: true, status: true, publishedAt: true, contentUpdatedAt: true },
  });
  entries.push(...articles.map((article) => ({
    path: `/articles/${encodeURIComponent(article.slug)}`,
    lastModified: article.contentUpdatedAt ?? article.publishedAt ?? undefined,
    priority: article.status === 'ARCHIVED' ? 0.3 : 0.8,
  })));
  return entries;
}
