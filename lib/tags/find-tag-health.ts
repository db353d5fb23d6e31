import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { pairDuplicateTags, type DuplicateTagPair, type TagHealthTag } from './pair-duplicate-tags';

export interface TagUsedOnce {
  id: string;
  name: string;
  article: { id: string; title: string };
}

export interface TagHealth {
  tagCount: number;
  /** Tags on no article outside the trash, by name; `total` counts those beyond the list too. */
  unused: { total: number; tags: TagHealthTag[] };
  usedOnce: { total: number; tags: TagUsedOnce[] };
  duplicates: { total: number; pairs: DuplicateTagPair[] };
}

interface UsedOnceRow {
  tagId: string;
  articleId: string;
  title: string;
}

/**
 * The state of the vocabulary for the tag health page: one query for every tag's id, name, parent
 * and stored count of articles outside the trash, one for the single article of the listed once-used tags, and the duplicate pairing in
 * memory (see pairDuplicateTags). Lists stop at `listLimit`, pairs at `pairLimit`.
 */
export async function findTagHealth(options: { listLimit?: number; pairLimit?: number } = {}): Promise<TagHealth> {
  const listLimit = options.listLimit ?? 100;
  const prisma = getPrisma();
  const tags = await prisma.$queryRaw<TagHealthTag[]>`
    SELECT t.id, t.name, t.parent_id AS "parentId", t.article_count AS "articleCount"
    FROM tags t
    ORDER BY t.name`;

  const unused = tags.filter((tag) => tag.articleCount === 0);
  const usedOnce = tags.filter((tag) => tag.articleCount === 1);
  const listedOnce = usedOnce.slice(0, listLimit);
  const rows = listedOnce.length === 0 ? [] : await prisma.$queryRaw<UsedOnceRow[]>`
    SELECT at.tag_id AS "tagId", a.id AS "articleId", a.title
    FROM article_tags at JOIN articles a ON a.id = at.article_id
    WHERE a.deleted_at IS NULL AND at.tag_id = ANY(${listedOnce.map((tag) => tag.id)}::uuid[])`;
  const articleByTag = new Map(rows.map((row) => [row.tagId, { id: row.articleId, title: row.title }]));

  return {
    tagCount: tags.length,
    unused: { total: unused.length, tags: unused.slice(0, listLimit) },
    usedOnce: {
      total: usedOnce.length,
      // A tag whose article went to the trash in between is left out rather than shown half.
      tags: listedOnce.flatMap((tag) => {
        const article = articleByTag.get(tag.id);
        return article ? [{ id: tag.id, name: tag.name, article }] : [];
      }),
    },
    duplicates: pairDuplicateTags(tags, { limit: options.pairLimit ?? 200 }),
  };
}
