import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/public/article-list';
import { HomeFeaturedTopics } from '@/components/public/home-featured-topics';
import { PaginationLinks } from '@/components/public/pagination-links';
import { loadLatestPage } from '@/lib/reader/load-latest-page';
import { readerAlternates } from '@/lib/site/reader-alternates';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { readReaderParams, type ReaderParams } from './reader-params';
import { ReaderShell } from './reader-shell';

/** The home page's public URL: the newest articles, or the older page of those before a cursor. */
function homePath(before: string | null = null): string {
  return before ? `/latest/${encodeURIComponent(before)}` : '/';
}

export async function homeMetadata(variant: SiteVariant, before: string | null): Promise<Metadata> {
  if ((await loadLatestPage(before)) === 'invalid') return {};
  const t = (text: string) => convertForVariant(text, variant);
  const siteName = t('墨石新闻');
  return {
    title: before === null ? { absolute: siteName } : t('最新文章（更早）'),
    description: before === null ? t('墨石新闻：最新的新闻报道、评论与精选主题。') : t('墨石新闻更早发布的文章。'),
    alternates: readerAlternates(homePath(before), variant, {
      'application/rss+xml': [{ url: '/feed.xml', title: `${siteName} RSS` }],
      'application/atom+xml': [{ url: '/atom.xml', title: `${siteName} Atom` }],
    }),
  };
}

/** The newest public articles, 20 a page, and on the first page the featured topics. */
export async function HomePage({ variant, before }: { variant: SiteVariant; before: string | null }) {
  const latest = await loadLatestPage(before);
  if (latest === 'invalid') notFound();
  const t = (text: string) => convertForVariant(text, variant);
  const isFirstPage = before === null;
  return (
    <ReaderShell variant={variant} path={homePath(before)}>
      <h1 className="page-title" lang={variantLanguage[variant]}>{isFirstPage ? t('最新文章') : t('最新文章（更早）')}</h1>
      {latest.articles.length > 0 ? (
        <ArticleList articles={latest.articles} variant={variant} />
      ) : (
        <p lang={variantLanguage[variant]}>{isFirstPage ? t('还没有发布的文章。') : t('没有更早的文章了。')}</p>
      )}
      <PaginationLinks
        firstHref={isFirstPage ? null : homePath()}
        nextHref={latest.next ? homePath(latest.next) : null}
        variant={variant}
      />
      <HomeFeaturedTopics topics={latest.featured} variant={variant} />
    </ReaderShell>
  );
}

// Routes: `/` and `/<variant>`, and the older pages `/latest/<cursor>`. Links in the earlier query
// form, `/?before=<cursor>`, still work: a rewrite maps the query onto the path.
type Props = { params: Promise<ReaderParams & { cursor?: string }> };

export async function homeRouteMetadata({ params }: Props): Promise<Metadata> {
  const { variant, cursor } = await readReaderParams(params);
  return homeMetadata(variant, cursor ?? null);
}

export async function HomeRoute({ params }: Props) {
  const { variant, cursor } = await readReaderParams(params);
  return <HomePage variant={variant} before={cursor ?? null} />;
}
