import type { NextConfig } from 'next';

type Redirects = Awaited<ReturnType<NonNullable<NextConfig['redirects']>>>;
type Rewrite = { source: string; destination: string; has?: { type: 'query'; key: string; value: string }[] };

const traditional = 'zh-tw|zh-hk';
// A list cursor (`<epochMs>.<uuid>`, lib/articles/article-cursor.ts), so that `/topics/x/feed.xml`
// is not taken for an older page of the topic.
const cursor = ':before(\\d+\\.[0-9a-f-]+)';
// The URL shapes of the reader site a variant cookie redirects.
const readerPaths = ['/', '/latest/' + cursor, '/articles/:slug', '/topics', '/topics/:slug', '/topics/:slug/' + cursor, '/search'];
// A source's path as a destination: its parameters without their patterns.
const destinationOf = (source: string) => source.replace(/\([^)]*\)/g, '');
const query = (key: string, name: string) => [{ type: 'query' as const, key, value: `(?<${name}>.+)` }];

/**
 * Redirects of the reader site: `/zh-hans/…` is the unprefixed URL, and an unprefixed URL goes to
 * the variant the reader chose before (the `site_variant` cookie the variant switcher sets).
 */
export function readerRedirects(): Redirects {
  return [
    { source: '/zh-hans', destination: '/', permanent: true },
    { source: '/zh-hans/:path*', destination: '/:path*', permanent: true },
    ...readerPaths.map((source) => ({
      source,
      destination: source === '/' ? '/:variant' : `/:variant${destinationOf(source)}`,
      permanent: false,
      has: [{ type: 'cookie' as const, key: 'site_variant', value: `(?<variant>${traditional})` }],
    })),
  ];
}

/**
 * Rewrites of the reader site:
 * - List pages' query strings, the form their older pages' links had at first, become the path
 *   segments the links now have (`/topics/x?before=c` renders `/topics/x/c`), so each page is
 *   rendered once and cached under one path.
 * - Simplified pages have their own route tree at the unprefixed URLs (app/(public)/(simplified)),
 *   as a rewrite routes every request twice. Except `/` and `/topics`: a page without a dynamic
 *   segment is prerendered by the build, which has no database, so these two render in the
 *   `[variant]` tree as `/zh-hans` and `/zh-hans/topics`.
 */
export function readerRewrites(): Rewrite[] {
  const lists = (from: string, to: string): Rewrite[] => [
    { source: from || '/', has: query('before', 'before'), destination: `${to}/latest/:before` },
    { source: `${from}/topics`, has: query('page', 'page'), destination: `${to}/topic-index/:page` },
    { source: `${from}/topics/:slug`, has: query('before', 'before'), destination: `${to}/topics/:slug/:before` },
  ];
  return [
    ...lists(`/:variant(${traditional})`, '/:variant'),
    ...lists('', ''),
    { source: '/', destination: '/zh-hans' },
    { source: '/topics', destination: '/zh-hans/topics' },
  ];
}
