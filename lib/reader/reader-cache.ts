import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache/cache-tags';
import { slugPattern } from '@/lib/slug/slug-pattern';

/**
 * Marks the enclosing 'use cache' function as reader-page data: kept for the `reader` cache life
 * (next.config.ts) and expired at once by any of `tags` (lib/cache/cache-tags.ts).
 */
export function cacheForReaders(...tags: string[]): void {
  cacheLife('reader');
  cacheTag(cacheTags.reader, ...tags);
}

/**
 * Whether `slug` could name an article or topic at all. Anything else is answered without the
 * database, which also lets the build prerender the routes' placeholder params with none.
 */
export function isPossibleSlug(slug: string): boolean {
  return slug.length <= 200 && slugPattern.test(slug);
}
