import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { articleSearchColumns } from './article-search-columns';

const batchSize = 200;

/**
 * Fills the search columns of articles that have none yet (those from before search existed, or
 * written by SQL that does not know them), in batches; returns how many it filled.
 */
export async function backfillArticleSearch(): Promise<number> {
  const prisma = getPrisma();
  let filled = 0;
  for (;;) {
    const articles = await prisma.article.findMany({
      where: { searchTitle: null },
      select: { id: true, title: true, excerpt: true, bodyText: true },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (articles.length === 0) return filled;
    const columns = articles.map(articleSearchColumns);
    // Raw SQL: an ORM update would also move updatedAt, which the sitemap and feeds show.
    await prisma.$executeRaw`
      UPDATE articles AS a
      SET search_title = c.search_title, search_excerpt = c.search_excerpt, search_body = c.search_body, title_folded = c.title_folded
      FROM unnest(${articles.map((article) => article.id)}::uuid[], ${columns.map((c) => c.searchTitle)}::text[],
        ${columns.map((c) => c.searchExcerpt)}::text[], ${columns.map((c) => c.searchBody)}::text[], ${columns.map((c) => c.titleFolded)}::text[])
        AS c(id, search_title, search_excerpt, search_body, title_folded)
      WHERE a.id = c.id`;
    filled += articles.length;
  }
}
