import 'server-only';
import { buildSitemapIndex, sitemapChunkPath } from './build-sitemap';
import { countSitemapChunks } from './count-sitemap-chunks';
import { renderSitemapChunk } from './render-sitemap-chunk';

/**
 * /sitemap.xml: the whole site in one sitemap while it fits in one file (the same cached XML as
 * /sitemaps/1.xml), else an index of the /sitemaps/<n>.xml files.
 */
export async function renderSitemap(origin: string): Promise<string> {
  const chunks = await countSitemapChunks();
  if (chunks === 1) return renderSitemapChunk(origin, 1);
  return buildSitemapIndex(origin, Array.from({ length: chunks }, (_, index) => sitemapChunkPath(index + 1)));
}
