import 'server-only';
import { cacheTags } from '@/lib/cache/cache-tags';
import { cacheForReaders } from '@/lib/reader/reader-cache';
import { buildSitemap } from './build-sitemap';
import { listSitemapEntries } from './list-sitemap-entries';

/**
 * Sitemap file `chunk` (1-based; check it against countSitemapChunks first), built once and kept
 * until a public change expires the sitemap tag.
 */
export async function renderSitemapChunk(origin: string, chunk: number): Promise<string> {
  'use cache';
  cacheForReaders(cacheTags.sitemap);
  return buildSitemap(origin, await listSitemapEntries(chunk));
}
