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
  // published_count is kept by database triggers; tags_published_count_idx serves the order.
  return getPrisma().$queryRaw<TopicSummaryRow[]>`
    SELECT t.id, t.name, t.slug, t.featured, t.published_count AS "publishedCount",
           t.parent_id AS "parentId", p.name AS "parentName", p.slug AS "parentSlug"
    FROM tags t
    LEFT JOIN tags p ON p.id = t.parent_id
    WHERE t.published_count > 0
    ORDER BY t.published_count DESC, t.name`;
}
