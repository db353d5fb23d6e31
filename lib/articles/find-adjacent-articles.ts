import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { RelatedArticle } from './list-related-articles';

export interface AdjacentArticles {
  topic: { name: string; slug: string };
  older: RelatedArticle | null;
  newer: RelatedArticle | null;
}

type JsonArticle = Omit<RelatedArticle, 'publishedAt'> & { publishedAt: string };
type AdjacentRow = { name: string; slug: string; older: JsonArticle | null; newer: JsonArticle | null };

const fromJson = (article: JsonArticle | null): RelatedArticle | null =>
  article && { ...article, publishedAt: new Date(article.publishedAt) };

/**
 * The public articles either side of the public article at `slug` in its primary topic (its tag
 * at position 0), in the topic page's order (publishedAt, then id): `older` the next one down the
 * list, `newer` the next one up. Null when the article is not public or has no topic. Each side
 * is one step along the topic's (tag, publishedAt, article) index.
 */
export async function findAdjacentArticles(slug: string): Promise<AdjacentArticles | null> {
  const rows = await getPrisma().$queryRaw<AdjacentRow[]>`
    WITH anchor AS (
      SELECT a.id, a.published_at, t.id AS tag_id, t.name, t.slug
      FROM articles a
      JOIN article_tags l ON l.article_id = a.id AND l.position = 0
      JOIN tags t ON t.id = l.tag_id
      WHERE a.slug = ${slug} AND a.deleted_at IS NULL AND a.status IN ('PUBLISHED', 'ARCHIVED') AND a.published_at IS NOT NULL
    )
    SELECT anchor.name, anchor.slug, to_json(o) AS older, to_json(n) AS newer
    FROM anchor
    LEFT JOIN LATERAL (
      SELECT a.id, a.slug, a.title, a.excerpt, a.published_at AS "publishedAt", a.script
      FROM article_tags x JOIN articles a ON a.id = x.article_id
      WHERE x.tag_id = anchor.tag_id AND x.published_at IS NOT NULL
        AND (x.published_at, x.article_id) < (anchor.published_at, anchor.id)
      ORDER BY x.published_at DESC, x.article_id DESC LIMIT 1
    ) AS o ON true
    LEFT JOIN LATERAL (
      SELECT a.id, a.slug, a.title, a.excerpt, a.published_at AS "publishedAt", a.script
      FROM article_tags x JOIN articles a ON a.id = x.article_id
      WHERE x.tag_id = anchor.tag_id AND x.published_at IS NOT NULL
        AND (x.published_at, x.article_id) > (anchor.published_at, anchor.id)
      ORDER BY x.published_at ASC, x.article_id ASC LIMIT 1
    ) AS n ON true`;
  const row = rows[0];
  if (!row) return null;
  return { topic: { name: row.name, slug: row.slug }, older: fromJson(row.older), newer: fromJson(row.newer) };
}
