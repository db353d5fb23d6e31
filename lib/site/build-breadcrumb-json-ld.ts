import { absoluteUrl } from './site-url';

export interface BreadcrumbItem {
  name: string;
  /** Site path, e.g. /topics/zhi-shi-chan-quan. */
  path: string;
}

/** schema.org BreadcrumbList for a page reached through `items`, in order from the home page. */
export function buildBreadcrumbJsonLd(items: readonly BreadcrumbItem[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: absoluteUrl(item.path) })),
  };
}
