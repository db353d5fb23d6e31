import type { BreadcrumbItem } from '@/lib/site/build-breadcrumb-json-ld';
import type { SiteVariant } from './site-variant';
import { convertNameForVariant } from './convert-name-for-variant';

/**
 * Breadcrumb steps (首页, 主题, topic names) named in `variant`; paths stay unprefixed, for
 * TopicTrail, which adds the prefix itself.
 */
export function convertBreadcrumbForVariant(items: readonly BreadcrumbItem[], variant: SiteVariant): BreadcrumbItem[] {
  return items.map((item) => ({ ...item, name: convertNameForVariant(item.name, variant) }));
}
