import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';

/** Closes gaps in the tag positions of these articles: 0..n-1, keeping their order. */
export async function renumberArticleTags(tx: Prisma.TransactionClient, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE article_tags AS at SET position = ranked.rank
    FROM (
      SELECT article_id, tag_id, (row_number() OVER (PARTITION BY article_id ORDER BY position, tag_id) - 1)::int AS rank
      FROM article_tags WHERE article_id = ANY(${[...articleIds]}::uuid[])
    ) AS ranked
    WHERE at.article_id = ranked.article_id AND at.tag_id = ranked.tag_id AND at.position <> ranked.rank`;
}
