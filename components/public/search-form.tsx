import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

/** The reader's search box: a plain GET form to the variant's /search, working without script. */
export function SearchForm({ q, variant }: { q: string; variant: SiteVariant }) {
  const t = (text: string) => convertForVariant(text, variant);
  return (
    <form role="search" action={variantPath('/search', variant)} method="get" className="search-form" lang={variantLanguage[variant]}>
      <label htmlFor="search-q">{t('搜索文章')}</label>
      <input id="search-q" type="search" name="q" defaultValue={q} maxLength={100} enterKeyHint="search" />
      <button type="submit">{t('搜索')}</button>
    </form>
  );
}
