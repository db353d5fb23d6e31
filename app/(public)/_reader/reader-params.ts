import { notFound } from 'next/navigation';
import { defaultVariant, isSiteVariant, type SiteVariant } from '@/lib/variants/site-variant';

/**
 * The reader site's pages live in two route trees with the same modules (this folder): Simplified
 * at the unprefixed URLs, `(simplified)/…`, and the variants under `[variant]/…`. Two trees instead
 * of a rewrite onto one: a rewrite routes every request twice, about a fifth of what a cached page
 * costs to serve (lib/site/reader-routes.ts has the two Simplified pages that are still rewritten).
 */
export type ReaderParams = { variant?: string };

// Every dynamic segment lists one placeholder param so the route is prerendered, and then each
// real URL is rendered on its first request and kept (ISR). The placeholder is answered with a
// 404 before any database access, so the build needs no database.
const placeholderParam = '_';

export function placeholderParams<const K extends string>(...keys: K[]): Record<K, string>[] {
  return [Object.fromEntries(keys.map((key) => [key, placeholderParam])) as Record<K, string>];
}

/**
 * The page's variant and params: no `variant` param is the Simplified tree. The build's placeholder
 * in any segment, or a variant that is not one, is a 404.
 */
export async function readReaderParams<P extends ReaderParams>(
  params: Promise<P>,
): Promise<Omit<P, 'variant'> & { variant: SiteVariant }> {
  const { variant = defaultVariant, ...rest } = await params;
  if (Object.values(rest).includes(placeholderParam) || !isSiteVariant(variant)) notFound();
  return { ...(rest as Omit<P, 'variant'>), variant };
}

/** The variant a layout or 404 page speaks: Simplified for anything that is not a variant. */
export function layoutVariant(variant: string | undefined): SiteVariant {
  return isSiteVariant(variant) ? variant : defaultVariant;
}
