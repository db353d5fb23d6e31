import 'server-only';
import { getPrisma } from '@/lib/db/client';

export interface TopicSummaryRow {
  id: string;
  name: string;
  slug: string;
  featured: boolean;
  publishedCount: number;
  parentId: string | null;
  parentName: string | null;
  parentSlug: string | null;
}

/**
 * Every topic with at least one public article, with its published-article count and its parent's
 * name and slug (the parent may itself have no articles). One query; most articles first.
 */
export async function listTopics(): Promise<TopicSummaryRow[]> {
  return getPrisma().$queryRaw<TopicSummaryRow[]>`
    WITH counts AS (
      SELECT at.tag_id, count(*)::int AS published_count
      FROM article_tags at
      JOIN articles a ON a.id = at.article_id
      WHERE a.status = 'PUBLISHED' AND a.deleted_at IS NULL
      GROUP BY at.tag_id
    )
    SELECT t.id, t.name, t.slug, t.featured, c.published_count AS "publishedCount",
           t.parent_id AS "parentId", p.name AS "parentName", p.slug AS "parentSlug"
    FROM counts c
    JOIN tags t ON t.id = c.tag_id
    LEFT JOIN tags p ON p.id = t.parent_id
    ORDER BY c.published_count DESC, t.name`;
}
