import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleList } from '@/components/public/article-list';
import { PaginationLinks } from '@/components/public/pagination-links';
import { TopicChildren } from '@/components/public/topic-children';
import { TopicTrail } from '@/components/public/topic-trail';
import { feedPath } from '@/lib/feeds/build-feed';
import { loadTopicPage } from '@/lib/reader/load-topic-page';
import { buildBreadcrumbJsonLd, type BreadcrumbItem } from '@/lib/site/build-breadcrumb-json-ld';
import { readerAlternates } from '@/lib/site/reader-alternates';
import { serializeJsonLd } from '@/lib/site/serialize-json-ld';
import { topicFeedPath, topicPath } from '@/lib/site/topic-paths';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { convertNameForVariant } from '@/lib/variants/convert-name-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';
import { readReaderParams, type ReaderParams } from './reader-params';
import { ReaderShell } from './reader-shell';

type Topic = Extract<Awaited<ReturnType<typeof loadTopicPage>>, { kind: 'topic' }>['topic'];

async function loadTopic(slug: string, before: string | null, variant: SiteVariant): Promise<Topic> {
  const data = await loadTopicPage(slug, before);
  // A renamed or merged-away topic: readers and search engines move to the current URL (308).
  if (data.kind === 'redirect') permanentRedirect(variantPath(topicPath(data.slug), variant));
  if (data.kind === 'missing') notFound();
  return data.topic;
}

function trailOf(topic: Topic, variant: SiteVariant): BreadcrumbItem[] {
  const t = (text: string) => convertForVariant(text, variant);
  return [
    { name: t('首页'), path: '/' },
    { name: t('主题'), path: '/topics' },
    ...(topic.parent ? [{ name: convertNameForVariant(topic.parent.name, variant), path: topicPath(topic.parent.slug) }] : []),
    { name: convertNameForVariant(topic.name, variant), path: topicPath(topic.slug) },
  ];
}

export async function topicMetadata(variant: SiteVariant, slug: string, before: string | null): Promise<Metadata> {
  // Redirects and 404s are the page's to answer (answering them here too doubles the Location header).
  const data = await loadTopicPage(slug, before);
  if (data.kind !== 'topic') return {};
  const { topic } = data;
  const t = (text: string) => convertForVariant(text, variant);
  const name = convertNameForVariant(topic.name, variant);
  const feedTitle = `${name} · ${t('墨石新闻')}`;
  return {
    title: topic.seoTitle ? convertNameForVariant(topic.seoTitle, variant) : name,
    description: convertNameForVariant(topic.seoDescription || topic.description || `墨石新闻「${topic.name}」主题下的最新报道与文章。`, variant),
    alternates: readerAlternates(topicPath(topic.slug, before), variant, {
      'application/rss+xml': [{ url: topicFeedPath(topic.slug), title: feedTitle }],
      'application/atom+xml': [{ url: feedPath('atom', topic.slug), title: feedTitle }],
    }),
  };
}

/** A topic's page: description, subtopics and its public articles, newest first, 20 a page. */
export async function TopicPage({ variant, slug, before }: { variant: SiteVariant; slug: string; before: string | null }) {
  const topic = await loadTopic(slug, before, variant);
  const t = (text: string) => convertForVariant(text, variant);
  const trail = trailOf(topic, variant);
  const jsonLdTrail = trail.map((item) => ({ ...item, path: variantPath(item.path, variant) }));
  const lang = variantLanguage[variant];
  return (
    <ReaderShell variant={variant} path={topicPath(topic.slug, before)}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildBreadcrumbJsonLd(jsonLdTrail)) }} />
      <TopicTrail items={trail} variant={variant} />
      <header className="topic-header" lang={lang}>
        <h1 className="page-title">{convertNameForVariant(topic.name, variant)}</h1>
        <p className="topic-meta">
          <span>{t(`共 ${topic.publishedCount.toLocaleString('zh-CN')} 篇`)}</span>
          <a href={topicFeedPath(topic.slug)} className="topic-feed">{t('RSS 订阅')}</a>
        </p>
        {topic.description ? <p className="topic-description">{convertNameForVariant(topic.description, variant)}</p> : null}
      </header>
      <TopicChildren topics={topic.children} variant={variant} />
      {topic.articles.length > 0 ? (
        <ArticleList articles={topic.articles} variant={variant} />
      ) : (
        <p lang={lang} className="topic-empty">{before === null ? t('这个主题还没有发布的文章。') : t('没有更早的文章了。')}</p>
      )}
      <PaginationLinks firstHref={before === null ? null : topicPath(topic.slug)} nextHref={topic.next ? topicPath(topic.slug, topic.next) : null} variant={variant} />
    </ReaderShell>
  );
}

// Routes: `/topics/<slug>`, and its older pages `/topics/<slug>/<cursor>`. Links in the earlier
// query form, `/topics/<slug>?before=<cursor>`, still work: a rewrite maps the query onto the path.
type Props = { params: Promise<ReaderParams & { slug: string; cursor?: string }> };

export async function topicRouteMetadata({ params }: Props): Promise<Metadata> {
  const { variant, slug, cursor } = await readReaderParams(params);
  return topicMetadata(variant, slug, cursor ?? null);
}

export async function TopicRoute({ params }: Props) {
  const { variant, slug, cursor } = await readReaderParams(params);
  return <TopicPage variant={variant} slug={slug} before={cursor ?? null} />;
}
