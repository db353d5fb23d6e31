import Link from 'next/link';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import type { SiteVariant } from '@/lib/variants/site-variant';
import { variantLanguage } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';
import { VariantSwitcher } from './variant-switcher';

/**
 * The reader site's masthead, shared by the public pages and the editor's preview: the site's
 * name, navigation, a search box (a plain GET form, working without script) and the variant
 * switcher. `path` is the current page's unprefixed path with its query, for the variant switcher.
 */
export function SiteHeader({ variant, path }: { variant: SiteVariant; path: string }) {
  const t = (text: string) => convertForVariant(text, variant);
  return (
    <header className="site-header" lang={variantLanguage[variant]}>
      <a href="#main" className="skip-link">{t('跳到正文')}</a>
      <Link href={variantPath('/', variant)} className="site-name">{t('墨石新闻')}</Link>
      <nav aria-label={t('网站导航')} className="site-nav">
        <Link href={variantPath('/topics', variant)}>{t('主题')}</Link>
      </nav>
      <form role="search" aria-label={t('全站搜索')} action={variantPath('/search', variant)} method="get" className="site-search">
        <label htmlFor="site-search-q" className="visually-hidden">{t('搜索文章')}</label>
        <input id="site-search-q" type="search" name="q" maxLength={100} enterKeyHint="search" />
        <button type="submit">{t('搜索')}</button>
      </form>
      <VariantSwitcher variant={variant} path={path} />
    </header>
  );
}
