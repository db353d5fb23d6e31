import 'server-only';
import { cacheTags } from '@/lib/cache/cache-tags';
import { cacheForReaders } from '@/lib/reader/reader-cache';
import { countSitemapUrls, sitemapChunkSize } from './list-sitemap-entries';

/** How many sitemap files the site's URLs fill (at least one); kept until a public change. */
export async function countSitemapChunks(): Promise<number> {
  'use cache';
  cacheForReaders(cacheTags.sitemap);
  return Math.max(1, Math.ceil((await countSitemapUrls()) / sitemapChunkSize));
}
