import 'server-only';
import { getPrisma } from '@/lib/db/client';

/** How many of the newest `sample` public articles have a search document matching `documentQuery`. */
export async function countRecentMatches(documentQuery: string, sample: number): Promise<number> {
  const [row] = await getPrisma().$queryRaw<{ matches: number }[]>`
    SELECT count(*)::int AS matches FROM (
      SELECT search_document FROM articles WHERE status = 'PUBLISHED' AND deleted_at IS NULL ORDER BY published_at DESC, id DESC LIMIT ${sample}
    ) AS a
    WHERE a.search_document @@ to_tsquery('simple', ${documentQuery})`;
  return row?.matches ?? 0;
}
