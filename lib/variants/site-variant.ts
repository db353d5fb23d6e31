/**
 * The scripts the reader site is served in. Simplified is the site's own text and lives at the
 * unprefixed URLs; each Traditional variant lives under its own prefix (/zh-tw/…, /zh-hk/…).
 */
export const siteVariants = ['zh-hans', 'zh-tw', 'zh-hk'] as const;
export type SiteVariant = (typeof siteVariants)[number];

export const defaultVariant: SiteVariant = 'zh-hans';

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const variantLanguage: Record<SiteVariant, string> = {
  'zh-hans': 'zh-Hans',
  'zh-tw': 'zh-Hant-TW',
  'zh-hk': 'zh-Hant-HK',
};

/** Open Graph locales. */
export const variantOgLocale: Record<SiteVariant, string> = {
  'zh-hans': 'zh_CN',
  'zh-tw': 'zh_TW',
  'zh-hk': 'zh_HK',
};

/** How the switcher names each variant, in that variant's own script. */
export const variantLabel: Record<SiteVariant, string> = {
  'zh-hans': '简体',
  'zh-tw': '繁體（台灣）',
  'zh-hk': '繁體（香港）',
};

export function isSiteVariant(value: unknown): value is SiteVariant {
  return typeof value === 'string' && (siteVariants as readonly string[]).includes(value);
}
