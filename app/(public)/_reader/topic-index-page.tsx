import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicTree } from '@/components/public/topic-tree';
import { loadTopicIndex } from '@/lib/reader/load-topic-index';
import { readerAlternates } from '@/lib/site/reader-alternates';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';
import { readReaderParams, type ReaderParams } from './reader-params';
import { ReaderShell } from './reader-shell';

const topicsPath = (page: number) => (page === 1 ? '/topics' : `/topics?page=${page}`);

/** `page` as a page number (1 to 9999), or null. */
function parseTopicIndexPage(page: string): number | null {
  return /^[1-9]\d{0,3}$/.test(page) ? Number(page) : null;
}

export function topicIndexMetadata(variant: SiteVariant, page: number): Metadata {
  const t = (text: string) => convertForVariant(text, variant);
  return {
    title: page === 1 ? t('主题') : t(`主题（第 ${page} 页）`),
    description: t('按主题浏览墨石新闻的报道：精选主题与全部主题，及各主题的文章数。'),
    alternates: readerAlternates(topicsPath(page), variant),
  };
}

/** Featured topics, then every topic with public articles, children under their parents, 40 a page. */
export async function TopicIndexPage({ variant, page: requested }: { variant: SiteVariant; page: number }) {
  const index = await loadTopicIndex(requested);
  if (!index) notFound();
  const { featured, nodes, page, pageCount, isEmpty } = index;
  const t = (text: string) => convertForVariant(text, variant);
  return (
    <ReaderShell variant={variant} path={topicsPath(page)}>
      <div lang={variantLanguage[variant]} className="topic-index">
        <h1 className="page-title">{t('主题')}</h1>
        {isEmpty ? <p>{t('还没有可浏览的主题。')}</p> : null}
        {page === 1 && featured.length > 0 ? (
          <section aria-labelledby="featured-topics">
            <h2 id="featured-topics">{t('精选主题')}</h2>
            <TopicTree nodes={featured} className="topic-featured" variant={variant} />
          </section>
        ) : null}
        {nodes.length > 0 ? (
          <section aria-labelledby="all-topics">
            <h2 id="all-topics">{t('全部主题')}</h2>
            <TopicTree nodes={nodes} variant={variant} />
          </section>
        ) : null}
        {/* Plain links: the page number is a query string the server maps onto cached pages. */}
        {pageCount > 1 ? (
          <nav aria-label={t('分页')} className="pagination">
            {page > 1 ? <a href={variantPath(topicsPath(page - 1), variant)} rel="prev">{t('上一页')}</a> : null}
            <span>{t(`第 ${page} / ${pageCount} 页`)}</span>
            {page < pageCount ? <a href={variantPath(topicsPath(page + 1), variant)} rel="next">{t('下一页')}</a> : null}
          </nav>
        ) : null}
      </div>
    </ReaderShell>
  );
}

// Routes: `/topics`, and its further pages `/topics?page=N` (a rewrite maps the query onto
// `topic-index/N`, so each page is cached under its own path).
type Props = { params: Promise<ReaderParams & { page?: string }> };

async function readIndexParams(params: Props['params']) {
  const { variant, page } = await readReaderParams(params);
  const number = page === undefined ? 1 : parseTopicIndexPage(page);
  if (number === null) notFound();
  return { variant, page: number };
}

export async function topicIndexRouteMetadata({ params }: Props): Promise<Metadata> {
  const { variant, page } = await readIndexParams(params);
  return topicIndexMetadata(variant, page);
}

export async function TopicIndexRoute({ params }: Props) {
  return <TopicIndexPage {...await readIndexParams(params)} />;
}
