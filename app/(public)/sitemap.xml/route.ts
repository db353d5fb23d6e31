import { connection } from 'next/server';
import { buildSitemap, buildSitemapIndex, sitemapChunkPath } from '@/lib/sitemap/build-sitemap';
import { countSitemapUrls, listSitemapEntries, sitemapChunkSize } from '@/lib/sitemap/list-sitemap-entries';
import { xmlResponse } from '@/lib/sitemap/xml-response';
import { getSiteOrigin } from '@/lib/site/site-url';

// The whole site in one sitemap while it fits in one file, else an index of /sitemaps/<n>.xml chunks.
export async function GET(): Promise<Response> {
  await connection();
  const origin = getSiteOrigin();
  const total = await countSitemapUrls();
  if (total <= sitemapChunkSize) return xmlResponse(buildSitemap(origin, await listSitemapEntries(1)));
  const chunks = Array.from({ length: Math.ceil(total / sitemapChunkSize) }, (_, index) => sitemapChunkPath(index + 1));
  return xmlResponse(buildSitemapIndex(origin, chunks));
}
