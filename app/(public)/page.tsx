import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleList } from '@/components/public/article-list';
import { HomeFeaturedTopics } from '@/components/public/home-featured-topics';
import { PaginationLinks } from '@/components/public/pagination-links';
import { decodeArticleCursor, encodeArticleCursor } from '@/lib/articles/article-cursor';
import { listPublishedArticles } from '@/lib/articles/list-published-articles';
import { listFeaturedTopics } from '@/lib/tags/list-featured-topics';

const pageSize = 20;
const siteName = '墨石新闻';

type Props = { searchParams: Promise<{ before?: string | string[] }> };

function homePath(before?: string | null): string {
  return before ? `/?before=${encodeURIComponent(before)}` : '/';
}

/** One page of the newest articles: 'invalid' when ?before= is present but not a cursor. */
const loadLatest = cache(async (before: string | string[] | undefined) => {
  await connection();
  const cursor = before === undefined ? null : decodeArticleCursor(before);
  if (before !== undefined && !cursor) return 'invalid' as const;
  const rows = await listPublishedArticles({ before: cursor, limit: pageSize + 1 });
  const articles = rows.slice(0, pageSize);
  const last = articles.at(-1);
  const next = rows.length > pageSize && last?.publishedAt ? encodeArticleCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
  return { articles, next };
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { before } = await searchParams;
  if ((await loadLatest(before)) === 'invalid') return {};
  const isFirstPage = typeof before !== 'string';
  return {
    title: isFirstPage ? { absolute: siteName } : '最新文章（更早）',
    description: isFirstPage ? `${siteName}：最新的新闻报道、评论与精选主题。` : `${siteName}更早发布的文章。`,
    alternates: {
      canonical: homePath(isFirstPage ? null : before),
      // The page's alternates replace the layout's, so the site feeds are listed again.
      types: {
        'application/rss+xml': [{ url: '/feed.xml', title: `${siteName} RSS` }],
        'application/atom+xml': [{ url: '/atom.xml', title: `${siteName} Atom` }],
      },
    },
  };
}

export default async function HomePage({ searchParams }: Props) {
  const { before } = await searchParams;
  const latest = await loadLatest(before);
  if (latest === 'invalid') notFound();
  const isFirstPage = before === undefined;
  const featured = isFirstPage ? await listFeaturedTopics() : [];
  return (
    <>
      <h1 className="page-title" lang="zh-Hans">{isFirstPage ? '最新文章' : '最新文章（更早）'}</h1>
      {latest.articles.length > 0 ? (
        <ArticleList articles={latest.articles} />
      ) : (
        <p lang="zh-Hans">{isFirstPage ? '还没有发布的文章。' : '没有更早的文章了。'}</p>
      )}
      <PaginationLinks firstHref={isFirstPage ? null : homePath()} nextHref={latest.next ? homePath(latest.next) : null} />
      <HomeFeaturedTopics topics={featured} />
    </>
  );
}
