import 'server-only';
import { revalidateTag } from 'next/cache';
import type { ArticleInvalidation } from './article-invalidation';
import { tagsFor } from './cache-tags';
import { requestInternalRevalidate } from './request-internal-revalidate';

/** Every tag the invalidations touch, once each. */
export function tagsForAll(invalidations: readonly ArticleInvalidation[]): string[] {
  return [...new Set(invalidations.flatMap((invalidation) => tagsFor(invalidation)))];
}

function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Invariant: static generation store missing');
}

/**
 * invalidateArticlePages for code that may run outside a request (background jobs): Next keeps
 * the cache's work store per request, so revalidateTag only works inside one. Outside, the tags
 * go to the internal revalidation route of this same server. Call after the write committed.
 */
export async function invalidateArticlePagesFromJob(invalidations: readonly ArticleInvalidation[]): Promise<void> {
  const tags = tagsForAll(invalidations);
  if (tags.length === 0) return;
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return;
  } catch (error) {
    if (!isOutsideRequest(error)) throw error;
  }
  const isSent = await requestInternalRevalidate(tags);
  // Outside `npm start` (a command-line run) there is no server of this app to ask.
  if (!isSent) console.warn(`cache: no internal origin to expire ${tags.length} tags; reader pages update on their next render`);
}
