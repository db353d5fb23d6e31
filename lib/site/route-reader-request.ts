import { defaultVariant, isSiteVariant, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

export type ReaderRoute =
  | { type: 'pass' }
  | { type: 'rewrite'; path: string }
  | { type: 'redirect'; location: string; permanent: boolean };

// Feeds, sitemaps, robots.txt, icons: served by their own routes, in Simplified only.
const filePattern = /\.(?:xml|txt|svg|ico|png|jpe?g|gif|webp|webmanifest|json)$/;

const missing = (variant: SiteVariant, pathname: string): ReaderRoute => ({ type: 'rewrite', path: `/${variant}/not-found${pathname}` });

/**
 * Where a reader URL is rendered. Readers see `/…` (Simplified) and `/zh-tw/…`, `/zh-hk/…`; the
 * app renders every page under `/<variant>/…`, and list pages' query strings (`?before=`,
 * `?page=`) become path segments, so each page is cached under its own path. Other query strings
 * are dropped (the search page keeps its own). Unprefixed URLs follow a remembered variant.
 */
export function routeReaderRequest(pathname: string, query: URLSearchParams, rememberedVariant: string | undefined): ReaderRoute {
  if (filePattern.test(pathname)) return { type: 'pass' };
  const [, first = '', ...restSegments] = pathname.split('/');
  const search = query.size > 0 ? `?${query}` : '';
  if (first === defaultVariant) {
    return { type: 'redirect', location: `/${restSegments.join('/')}${search}`, permanent: true };
  }
  let variant: SiteVariant = defaultVariant;
  let rest = pathname;
  if (isSiteVariant(first)) {
    variant = first;
    rest = `/${restSegments.join('/')}`;
  } else if (isSiteVariant(rememberedVariant) && rememberedVariant !== defaultVariant) {
    return { type: 'redirect', location: variantPath(`${pathname}${search}`, rememberedVariant), permanent: false };
  }
  const path = rest.length > 1 && rest.endsWith('/') ? rest.slice(0, -1) : rest;
  const single = (name: string): string | null | undefined => {
    const values = query.getAll(name);
    return values.length === 0 ? null : values.length === 1 && values[0] !== '' ? values[0] : undefined;
  };
  if (path === '/') {
    const before = single('before');
    if (before === undefined) return missing(variant, path);
    return { type: 'rewrite', path: before === null ? `/${variant}` : `/${variant}/latest/${encodeURIComponent(before)}` };
  }
  if (path === '/topics') {
    const page = single('page');
    if (page === undefined) return missing(variant, path);
    return { type: 'rewrite', path: page === null || page === '1' ? `/${variant}/topics` : `/${variant}/topic-index/${encodeURIComponent(page)}` };
  }
  if (path === '/search') return { type: 'rewrite', path: `/${variant}/search${search}` };
  const topic = /^\/topics\/([^/]+)$/.exec(path);
  if (topic) {
    const before = single('before');
    if (before === undefined) return missing(variant, path);
    return { type: 'rewrite', path: before === null ? `/${variant}${path}` : `/${variant}${path}/${encodeURIComponent(before)}` };
  }
  if (/^\/articles\/[^/]+$/.test(path)) return { type: 'rewrite', path: `/${variant}${path}` };
  return missing(variant, path);
}
