import { notFound } from 'next/navigation';
import { isSiteVariant, type SiteVariant } from '@/lib/variants/site-variant';

/** The page's variant from its params; anything else (the build's placeholder `_`) is a 404. */
export async function readVariant(params: Promise<{ variant: string }>): Promise<SiteVariant> {
  const { variant } = await params;
  if (!isSiteVariant(variant)) notFound();
  return variant;
}

// Every dynamic segment lists one placeholder param so the route is prerendered, and then each
// real URL is rendered on its first request and kept (ISR). The placeholder is answered with a
// 404 before any database access, so the build needs no database.
export const placeholderParam = '_';
