import 'server-only';
import { z } from 'zod';
import { getPrisma } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { foldTagName } from './fold-tag-name';

export const adminTagPageSize = 50;
export const adminTagSorts = ['name', 'articles', 'published', 'updated'] as const;
export type AdminTagSort = (typeof adminTagSorts)[number];

/** The list's URL query: anything malformed falls back to its default instead of failing. */
export const adminTagListQuerySchema = z.object({
  q: z.string().trim().max(100).catch(''),
  sort: z.enum(adminTagSorts).catch('name'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AdminTagListQuery = z.output<typeof adminTagListQuerySchema>;

export interface AdminTagRow {
  id: string;
  name: string;
  slug: string;
  featured: boolean;
  updatedAt: Date;
  parent: { id: string; name: string } | null;
  /** Public articles: published and outside the trash. */
  publishedCount: number;
  /** Articles outside the trash, whatever their status. */
  articleCount: number;
}

interface Row {
  total: number;
  id: string | null;
  name: string;
  slug: string;
  featured: boolean;
  updated_at: Date;
  parent_id: string | null;
  parent_name: string | null;
  published_count: number;
  article_count: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/gu, '\\$&');

// Applied inside the page query (tags as t) and again outside it (the page as pg).
const orderBy = (table: 't' | 'pg'): Record<AdminTagSort, Prisma.Sql> => ({
  name: Prisma.sql`${Prisma.raw(table)}.name`,
  updated: Prisma.sql`${Prisma.raw(table)}.updated_at DESC, ${Prisma.raw(table)}.id`,
  articles: Prisma.sql`article_count DESC, ${Prisma.raw(table)}.name`,
  published: Prisma.sql`published_count DESC, ${Prisma.raw(table)}.name`,
});

/**
 * One page of tags for the admin list, with the total, in ONE statement. The counts are the
 * tags' own columns (kept by database triggers), so every sort is an index or a sort of the
 * matching tags, never a count of article_tags. `q` matches the folded name or an alias's folded
 * name (either script), or the slug.
 */
export async function listTagsForAdmin(input: Partial<Record<keyof AdminTagListQuery, unknown>> = {}) {
  const { q, sort, page } = adminTagListQuerySchema.parse(input);
  const key = foldTagName(q);
  const slugPart = q.toLowerCase().replace(/\s+/gu, '');
  const filter = key === ''
    ? Prisma.sql`TRUE`
    : Prisma.sql`(coalesce(t.name_key, lower(t.name)) LIKE ${`%${escapeLike(key)}%`}
        OR t.slug LIKE ${`%${escapeLike(slugPart)}%`}
        OR EXISTS (SELECT 1 FROM tag_aliases a WHERE a.tag_id = t.id AND a.name_key LIKE ${`%${escapeLike(key)}%`}))`;
  const offset = (page - 1) * adminTagPageSize;
  const pageQuery = Prisma.sql`
    SELECT t.id, t.name, t.slug, t.featured, t.updated_at, t.parent_id, t.published_count, t.article_count
    FROM tags t WHERE ${filter}
    ORDER BY ${orderBy('t')[sort]}
    LIMIT ${adminTagPageSize} OFFSET ${offset}`;

  // The total row comes back even when the page is past the end.
  const rows = await getPrisma().$queryRaw<Row[]>`
    SELECT n.total, pg.id, pg.name, pg.slug, pg.featured, pg.updated_at, pg.parent_id, parent.name AS parent_name,
           pg.published_count, pg.article_count
    FROM (SELECT count(*)::int AS total FROM tags t WHERE ${filter}) n
    LEFT JOIN LATERAL (${pageQuery}) pg ON TRUE
    LEFT JOIN tags parent ON parent.id = pg.parent_id
    ORDER BY ${orderBy('pg')[sort]}`;
  const total = rows[0]?.total ?? 0;
  const tags: AdminTagRow[] = rows.flatMap((row) => row.id === null ? [] : [{
    id: row.id,
    name: row.name,
    slug: row.slug,
    featured: row.featured,
    updatedAt: row.updated_at,
    parent: row.parent_id && row.parent_name !== null ? { id: row.parent_id, name: row.parent_name } : null,
    publishedCount: row.published_count,
    articleCount: row.article_count,
  }]);
  return { tags, total, pageCount: Math.max(1, Math.ceil(total / adminTagPageSize)), query: { q, sort, page } };
}
