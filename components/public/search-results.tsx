import Link from 'next/link';
import { formatChineseDate } from '@/lib/format/format-chinese-date';
import type { SearchResult } from '@/lib/search/search-articles';
import { articlePath } from '@/lib/site/article-paths';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';
import { SearchHighlight } from './search-highlight';

const nearbyPages = 2;

function pageHref(q: string, page: number): string {
  const params = new URLSearchParams({ q });
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

/** A search's results with highlighted titles and snippets and numbered pages, or its empty state. */
export function SearchResults({ result, q, variant }: { result: SearchResult | null; q: string; variant: SiteVariant }) {
  const t = (text: string) => convertForVariant(text, variant);
  const lang = variantLanguage[variant];
  if (!result) return null;
  if (result.items.length === 0) {
    return <p className="search-empty" lang={lang}>{t('没有找到与“')}<span className="search-query">{q}</span>{t('”相关的文章。')}</p>;
  }
  const count = result.isTotalCapped ? `${result.total}+` : String(result.total);
  return (
    <section className="search-results" lang={lang} aria-label={t('搜索结果')}>
      <p className="search-count" role="status">{t(`找到约 ${count} 篇相关文章`)}</p>
      <ol className="article-list">
        {result.items.map((item) => (
          <li key={item.id}>
            <h2><Link href={variantPath(articlePath(item.slug), variant)}><SearchHighlight segments={item.titleSegments} script={item.script} variant={variant} /></Link></h2>
            {item.snippet.length > 0 ? <p><SearchHighlight segments={item.snippet} script={item.script} variant={variant} /></p> : null}
            <time dateTime={item.publishedAt.toISOString()}>{formatChineseDate(item.publishedAt)}</time>
          </li>
        ))}
      </ol>
      <SearchPages q={q} page={result.page} pageCount={result.pageCount} variant={variant} />
    </section>
  );
}

function SearchPages({ q, page, pageCount, variant }: { q: string; page: number; pageCount: number; variant: SiteVariant }) {
  if (pageCount <= 1) return null;
  const t = (text: string) => convertForVariant(text, variant);
  const href = (target: number) => variantPath(pageHref(q, target), variant);
  const pages: number[] = [];
  for (let target = Math.max(1, page - nearbyPages); target <= Math.min(pageCount, page + nearbyPages); target += 1) pages.push(target);
  return (
    <nav aria-label={t('搜索结果分页')} className="pagination search-pages">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">{t('上一页')}</Link> : null}
      {pages.map((target) =>
        target === page ? (
          <span key={target} aria-current="page">{target}</span>
        ) : (
          <Link key={target} href={href(target)} aria-label={t(`第 ${target} 页`)}>{target}</Link>
        ),
      )}
      {page < pageCount ? <Link href={href(page + 1)} rel="next">{t('下一页')}</Link> : null}
    </nav>
  );
}
