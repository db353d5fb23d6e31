import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { getPublishedArticle } from '@/lib/articles/get-published-article';
import { formatCalendarDate, formatChineseDate } from '@/lib/format/format-chinese-date';
import { articleLabels } from '@/lib/format/article-labels';
import { scriptLang } from '@/lib/format/script-lang';
import { renderArticleHtml } from '@/lib/render/render-article-html';

const loadArticle = cache(async (slug: string) => {
  await connection();
  return getPublishedArticle(slug);
});

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  return article ? { title: article.title, description: article.excerpt || undefined } : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).slug);
  if (!article) notFound();
  const label = articleLabels(article.script);
  return (
    <article className="article" lang={scriptLang(article.script)}>
      <header>
        <h1>{article.title}</h1>
        <p className="article-meta">
          {article.byline ? <span>{label.reporter} {article.byline}</span> : null}
          {article.datelinePlace ? <span>{article.datelinePlace}</span> : null}
          {article.publishedAt ? <time dateTime={article.publishedAt.toISOString()}>{formatChineseDate(article.publishedAt)}</time> : null}
        </p>
        {article.sourceName ? (
          <p className="article-source">
            {label.source}{article.sourceUrl ? <a href={article.sourceUrl} rel="noopener noreferrer nofollow">{article.sourceName}</a> : article.sourceName}
            {article.originalPublishedAt ? <>（{formatCalendarDate(article.originalPublishedAt)}）</> : null}
          </p>
        ) : null}
      </header>
      <div className="article-body" dangerouslySetInnerHTML={{ __html: renderArticleHtml(article.body) }} />
      {article.tags.length > 0 ? (
        <footer>
          <ul className="tag-list" aria-label={label.topics}>
            {article.tags.map((tag) => <li key={tag.slug}><Link href={`/topics/${tag.slug}`}>{tag.name}</Link></li>)}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}
