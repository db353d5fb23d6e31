import { randomBytes } from 'node:crypto';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { foldTagName } from './fold-tag-name';

/** Test helper: a tag named `name` (with its name key) and a slug of its own, plus `data`. */
export async function createTestTag(name: string, data: Partial<Prisma.TagUncheckedCreateInput> = {}) {
  return getPrisma().tag.create({
    data: { name, nameKey: foldTagName(name), slug: `tag-${randomBytes(4).toString('hex')}`, ...data },
  });
}

/** Test helper: gives an article these tags, in this order (positions 0..n-1). */
export async function tagTestArticle(articleId: string, tagIds: readonly string[]): Promise<void> {
  await getPrisma().articleTag.createMany({ data: tagIds.map((tagId, position) => ({ articleId, tagId, position })) });
}

/** Test helper: an article's tags as `name@position`, in position order. */
export async function readArticleTags(articleId: string): Promise<string[]> {
  const links = await getPrisma().articleTag.findMany({
    where: { articleId },
    orderBy: { position: 'asc' },
    select: { position: true, tag: { select: { name: true } } },
  });
  return links.map((link) => `${link.tag.name}@${link.position}`);
}
