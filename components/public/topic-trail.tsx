import Link from 'next/link';
import type { BreadcrumbItem } from '@/lib/site/build-breadcrumb-json-ld';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

/**
 * 首页 › 主题 › parent › topic: every step but the last is a link. `items` are already in
 * `variant` (convertBreadcrumbForVariant; the page's breadcrumb JSON-LD uses the same names), with
 * unprefixed paths: the variant's prefix is added here.
 */
export function TopicTrail({ items, variant }: { items: readonly BreadcrumbItem[]; variant: SiteVariant }) {
  return (
    <nav aria-label={convertForVariant('所在位置', variant)} className="topic-trail" lang={variantLanguage[variant]}>
      <ol>
        {items.map((item, index) =>
          index === items.length - 1 ? (
            <li key={item.path} aria-current="page">{item.name}</li>
          ) : (
            <li key={item.path}><Link href={variantPath(item.path, variant)}>{item.name}</Link></li>
          ),
        )}
      </ol>
    </nav>
  );
}
