import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { resolveTags } from './resolve-tags';

/** Replaces an article's tags with `names`, in order: the first is its primary topic. */
export async function setArticleTags(tx: Prisma.TransactionClient, articleId: string, names: readonly string[]): Promise<void> {
  const tagIds = await resolveTags(tx, names);
  await tx.articleTag.deleteMany({ where: { articleId } });
  if (tagIds.length === 0) return;
  await tx.articleTag.createMany({
    data: tagIds.map((tagId, position) => ({ articleId, tagId, position })),
  });
}
