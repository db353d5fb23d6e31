import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { foldTagName } from './fold-tag-name';

export const maxTagQueryLength = 50;

export interface TagSearchHit {
  id: string;
  name: string;
  slug: string;
  /** The alias that matched when the tag was found by an alias rather than its name or slug. */
  matchedAlias: string | null;
  /** Articles carrying the tag, outside the trash, whatever their status. */
  articleCount: number;
  /** The tag's name or one of its aliases is the query itself (script-, width- and case-blind). */
  isExactName: boolean;
}

interface HitRow {
  id: string;
  name: string;
  slug: string;
  alias_name: string | null;
  article_count: number;
  is_exact_name: boolean;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/gu, '\\$&');

/**
 * Tags by name, alias or slug, in either script and width: the query is folded like names are
 * (知識產權 finds 知识产权), and pinyin matches the start of a slug without its hyphens
 * ("zhishi" finds zhi-shi-chan-quan). Exact matches rank first, then prefixes, then substrings,
 * then by article count. Tags whose name_key was never computed are compared on their lower-cased
 * name instead (no write on a read path). Indexes: tags_name_key_idx and tag_aliases_name_key_key
 * serve exact keys only; prefix and substring matches scan tags and tag_aliases, a few
 * milliseconds at 10,000 tags (a pg_trgm index on name_key would be the next step), and the counts
 * use article_tags_tag_id_idx for the matched tags alone.
 */
export async function searchTags(query: string, options: { limit?: number } = {}): Promise<TagSearchHit[]> {
  const trimmed = query.trim();
  if (trimmed.length > maxTagQueryLength) {
    throw new AppError('VALIDATION', `A tag search is at most ${maxTagQueryLength} characters.`, { query: 'tooLong' });
  }
  const key = foldTagName(trimmed);
  if (key === '') return [];
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 10), 1), 50);
  const slugKey = trimmed.toLowerCase().replace(/[\s-]+/gu, '');
  const keyPrefix = `${escapeLike(key)}%`;
  const keyContains = `%${escapeLike(key)}%`;
  const slugPrefix = slugKey === '' ? null : `${escapeLike(slugKey)}%`;
  const rows = await getPrisma().$queryRaw<HitRow[]>`
    WITH matches AS (
      SELECT t.id, NULL::text AS alias_name, coalesce(t.name_key, lower(t.name)) = ${key} AS is_exact_name,
             CASE WHEN coalesce(t.name_key, lower(t.name)) = ${key} OR replace(t.slug, '-', '') = ${slugKey} THEN 0
                  WHEN coalesce(t.name_key, lower(t.name)) LIKE ${keyPrefix} OR replace(t.slug, '-', '') LIKE ${slugPrefix} THEN 1
                  ELSE 2 END AS rank
      FROM tags t
      WHERE coalesce(t.name_key, lower(t.name)) LIKE ${keyContains}
         OR replace(t.slug, '-', '') LIKE ${slugPrefix}
      UNION ALL
      SELECT a.tag_id, a.name, a.name_key = ${key},
             CASE WHEN a.name_key = ${key} THEN 0 WHEN a.name_key LIKE ${keyPrefix} THEN 1 ELSE 2 END
      FROM tag_aliases a
      WHERE a.name_key LIKE ${keyContains}
    ), best AS (
      SELECT DISTINCT ON (id) id, alias_name, rank, bool_or(is_exact_name) OVER (PARTITION BY id) AS is_exact_name
      FROM matches
      ORDER BY id, rank, alias_name IS NOT NULL, alias_name
    )
    SELECT t.id, t.name, t.slug, b.alias_name, b.is_exact_name,
           (SELECT count(*)::int FROM article_tags at JOIN articles ar ON ar.id = at.article_id
            WHERE at.tag_id = t.id AND ar.deleted_at IS NULL) AS article_count
    FROM best b JOIN tags t ON t.id = b.id
    ORDER BY b.rank, article_count DESC, t.name
    LIMIT ${limit}`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    slug: row.slug,
    matchedAlias: row.alias_name,
    articleCount: row.article_count,
    isExactName: row.is_exact_name,
  }));
}
