import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { siteVariants, variantLabel, variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';
import { VariantLink } from './variant-link';

/**
 * Links to the current page in each variant, each named in its own script. `path` is the page's
 * unprefixed path with its query, if any (`/search?q=…`).
 */
export function VariantSwitcher({ variant, path }: { variant: SiteVariant; path: string }) {
  return (
    <nav aria-label={convertForVariant('中文版本', variant)} className="variant-switcher">
      <ul>
        {siteVariants.map((target) => (
          <li key={target}>
            <VariantLink
              variant={target}
              href={variantPath(path, target)}
              hrefLang={variantLanguage[target]}
              lang={variantLanguage[target]}
              current={target === variant}
            >
              {variantLabel[target]}
            </VariantLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
