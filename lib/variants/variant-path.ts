import { defaultVariant, type SiteVariant } from './site-variant';

/**
 * The URL of a site path (`/`, `/articles/x`, `/topics?page=2`) in `variant`: Simplified keeps the
 * unprefixed path; the others add their prefix (`/zh-tw`, `/zh-tw/articles/x`).
 */
export function variantPath(path: string, variant: SiteVariant): string {
  if (variant === defaultVariant) return path;
  if (path === '/') return `/${variant}`;
  if (path.startsWith('/?')) return `/${variant}${path.slice(1)}`;
  return `/${variant}${path}`;
}
