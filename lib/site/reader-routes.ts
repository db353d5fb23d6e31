import type { NextConfig } from 'next';

type Redirects = Awaited<ReturnType<NonNullable<NextConfig['redirects']>>>;
type Rewrite = { source: string; destination: string; has?: { type: 'query'; key: string; value: string }[] };

const traditional = 'zh-tw|zh-hk';
// The URL shapes of the reader site; everything else falls through to the 404 route.
const readerPaths = ['/', '/articles/:slug', '/topics', '/topics/:slug', '/search'];
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
      destination: source === '/' ? '/:variant' : `/:variant${source}`,
      permanent: false,
      has: [{ type: 'cookie' as const, key: 'site_variant', value: `(?<variant>${traditional})` }],
    })),
  ];
}

/**
 * Rewrites of the reader site. Pages render under `/<variant>/…` (Simplified: `/zh-hans`), and
 * list pages' query strings become path segments (`/topics/x?before=c` renders
 * `/zh-hans/topics/x/c`), so each page is rendered once and cached under its own path.
 */
export function readerRewrites(): Rewrite[] {
  const lists = (from: string, to: string): Rewrite[] => [
    { source: from === '' ? '/' : from, has: query('before', 'before'), destination: `${to}/latest/:before` },
    { source: `${from}/topics`, has: query('page', 'page'), destination: `${to}/topic-index/:page` },
    { source: `${from}/topics/:slug`, has: query('before', 'before'), destination: `${to}/topics/:slug/:before` },
  ];
  return [
    ...lists('/:variant(zh-tw|zh-hk)', '/:variant'),
    ...lists('', '/zh-hans'),
    ...readerPaths.map((source) => ({ source, destination: source === '/' ? '/zh-hans' : `/zh-hans${source}` })),
  ];
}
