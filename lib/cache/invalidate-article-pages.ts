import 'server-only';
import { revalidateTag } from 'next/cache';
import type { ArticleInvalidation } from './article-invalidation';
import { tagsFor } from './cache-tags';

/**
 * Expires every reader page a write changed, at once (not stale-while-revalidate). Call it after
 * the write's transaction committed, from a server action or route handler.
 */
export function invalidateArticlePages(invalidation: ArticleInvalidation): void {
  for (const tag of tagsFor(invalidation)) revalidateTag(tag, { expire: 0 });
}
