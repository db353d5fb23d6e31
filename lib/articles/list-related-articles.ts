import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { ArticleListItem } from './article-list-item';

export const relatedArticleLimit = 6;
// The article's first tags only, and per tag only the candidates published nearest to it: the
// cost stays bounded however busy a topic is.
const maxTags = 20;
const candidatesPerSide = 25;
const halfLifeSeconds = 30 * 24 * 60 * 60;

export type RelatedArticle = ArticleListItem;

/**
 * Up to `limit` other public articles sharing topics with the public article at `slug`, best
 * first. Each shared tag weighs 2 when it is the article's primary topic (position 0), else 1,
 * times 1 / ln(e + the tag's public article count), so a rare tag says more than a common one;
 * the sum halves for every 30 days between the two publication times. Time is measured from this
 * article, not from now, and each tag's candidates are the 25 published just before it and the
 * 25 just after it, so an old article's list stays the same as newer articles arrive.
 * Ties: newer first, then id.
 */
export async function listRelatedArticles(slug: string, options: { limit?: number } = {}): Promise<RelatedArticle[]> {
  const { limit = relatedArticleLimit } = options;
  return getPrisma().$queryRaw<RelatedArticle[]>`
    WITH anchor AS (
      SELECT id, published_at FROM articles
      WHERE slug = ${slug} AND deleted_at IS NULL AND status IN ('PUBLISHED', 'ARCHIVED') AND published_at IS NOT NULL
    ),
    own_tags AS (
      SELECT l.tag_id, (CASE WHEN l.position = 0 THEN 2 ELSE 1 END) / ln(exp(1.0) + t.published_count)::float8 AS weight
      FROM anchor JOIN article_tags l ON l.article_id = anchor.id JOIN tags t ON t.id = l.tag_id
      ORDER BY l.position LIMIT ${maxTags}
    ),
    candidates AS (
      SELECT near.article_id, sum(own_tags.weight) AS shared
      FROM anchor CROSS JOIN own_tags CROSS JOIN LATERAL (
        (SELECT x.article_id FROM article_tags x
         WHERE x.tag_id = own_tags.tag_id AND x.published_at <= anchor.published_at
         ORDER BY x.published_at DESC, x.article_id DESC LIMIT ${candidatesPerSide + 1})
        UNION ALL
        (SELECT x.article_id FROM article_tags x
         WHERE x.tag_id = own_tags.tag_id AND x.published_at > anchor.published_at
         ORDER BY x.published_at ASC, x.article_id ASC LIMIT ${candidatesPerSide})
      ) AS near
      WHERE near.article_id <> anchor.id
      GROUP BY near.article_id
    )
    SELECT a.id, a.slug, a.title, a.excerpt, a.published_at AS "publishedAt", a.script::text AS script
    FROM anchor CROSS JOIN candidates c JOIN articles a ON a.id = c.article_id
    WHERE a.status = 'PUBLISHED' AND a.deleted_at IS NULL
    ORDER BY c.shared * power(0.5, abs(extract(epoch FROM a.published_at - anchor.published_at))::float8 / ${halfLifeSeconds}) DESC,
      a.published_at DESC, a.id DESC
    LIMIT ${limit}`;
}
