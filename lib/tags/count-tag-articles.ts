import 'server-only';
import { getPrisma } from '@/lib/db/client';

/** How many articles (any status, trash included) carry this tag: the confirm text before a delete. */
export async function countTagArticles(tagId: string): Promise<number> {
  return getPrisma().articleTag.count({ where: { tagId } });
}
