export interface SitemapEntry {
  /** Path on the site, starting with /. */
  path: string;
  lastModified?: Date;
  priority?: number;
}

const xmlHeader = '<?xml version="1.0" encoding="UTF-8"?>\n';
const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function absolute(origin: string, path: string): string {
  return escapeXml(new URL(path, origin).toString());
}

/** A sitemap <urlset> of `entries` with absolute URLs on `origin`. */
export function buildSitemap(origin: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const parts = [`<loc>${absolute(origin, entry.path)}</loc>`];
    if (entry.lastModified) parts.push(`<lastmod>${entry.lastModified.toISOString()}</lastmod>`);
    if (entry.priority !== undefined) parts.push(`<priority>${entry.priority.toFixed(1)}</priority>`);
    return `<url>${parts.join('')}</url>`;
  });
  return `${xmlHeader}<urlset xmlns="${sitemapNamespace}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A sitemap index pointing at the sitemaps at `paths` on `origin`. */
export function buildSitemapIndex(origin: string, paths: readonly string[]): string {
  const sitemaps = paths.map((path) => `<sitemap><loc>${absolute(origin, path)}</loc></sitemap>`);
  return `${xmlHeader}<sitemapindex xmlns="${sitemapNamespace}">\n${sitemaps.join('\n')}\n</sitemapindex>\n`;
}

export function sitemapChunkPath(chunk: number): string {
  return `/sitemaps/${chunk}.xml`;
}
