import type { Metadata } from 'next';
import { SearchForm } from '@/components/public/search-form';
import { SearchResults } from '@/components/public/search-results';
import { loadSearchPage } from '@/lib/search/load-search-page';
import { readerAlternates } from '@/lib/site/reader-alternates';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { variantLanguage } from '@/lib/variants/site-variant';
import { readReaderParams, type ReaderParams } from './reader-params';
import { ReaderShell } from './reader-shell';

// Routes: `/search` and `/<variant>/search`.
type Props = {
  params: Promise<ReaderParams>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};


function searchPath(q: string): string {
  return q ? `/search?${new URLSearchParams({ q })}` : '/search';
}

export async function searchMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const raw = (await searchParams).q;
  const { variant } = await readReaderParams(params);
  const q = typeof raw === 'string' ? raw.trim().slice(0, 100) : '';
  const t = (text: string) => convertForVariant(text, variant);
  return {
    title: q ? `${t('搜索')}：${q}` : t('搜索'),
    robots: { index: false, follow: true },
    alternates: readerAlternates('/search', variant),
  };
}

export async function SearchRoute({ params, searchParams }: Props) {
  // The query string first: reading it makes the page render per request, never prerendered.
  const query = await searchParams;
  const { variant } = await readReaderParams(params);
  const { q, result } = await loadSearchPage(query);
  return (
    <ReaderShell variant={variant} path={searchPath(q)}>
      <h1 className="page-title" lang={variantLanguage[variant]}>{convertForVariant('搜索', variant)}</h1>
      <SearchForm q={q} variant={variant} />
      <SearchResults result={result} q={q} variant={variant} />
    </ReaderShell>
  );
}
