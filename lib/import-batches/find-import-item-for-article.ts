import 'server-only';
import { z } from 'zod';
import { getPrisma } from '@/lib/db/client';

/** The import item an article was created from, for the link back to its import report. */
export async function findImportItemForArticle(articleId: string): Promise<{ batchId: string; itemId: string } | null> {
  if (!z.uuid().safeParse(articleId).success) return null;
  const item = await getPrisma().importItem.findUnique({ where: { articleId }, select: { id: true, batchId: true } });
  return item ? { batchId: item.batchId, itemId: item.id } : null;
}
