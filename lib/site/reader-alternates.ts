import { siteVariants, variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

type FeedLinks = Record<string, { url: string; title: string }[]>;

/**
 * A reader page's `alternates` metadata: its canonical URL in `variant`, the same page in every
 * variant as `hreflang` links (Simplified also as x-default), and the feeds it offers (a page's
 * alternates replace the layout's, so they are listed here).
 */
export function readerAlternates(path: string, variant: SiteVariant, types?: FeedLinks) {
  const languages: Record<string, string> = { 'x-default': path };
  for (const target of siteVariants) languages[variantLanguage[target]] = variantPath(path, target);
  return { canonical: variantPath(path, variant), languages, ...(types ? { types } : {}) };
}
