import Link from 'next/link';
import { formatCalendarDate, formatChineseDate } from '@/lib/format/format-chinese-date';
import { renderArticleHtml } from '@/lib/render/render-article-html';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { topicPath } from '@/lib/site/topic-paths';
import { articleViewLabels } from '@/lib/variants/article-view-labels';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

export interface ArticleViewModel {
  title: string;
  script: 'HANS' | 'HANT';
  byline: string | null;
  datelinePlace: string | null;
  publishedAt: Date | null;
  sourceName: string | null;
  sourceUrl: string | null;
  originalPublishedAt: Date | null;
  body: TiptapDoc;
  /** A tag without a slug (not saved yet, in the preview) is shown without a link. */
  tags: { name: string; slug: string | null }[];
}

/**
 * An article as readers see it. Pure markup, no data access, so the public page renders it on
 * the server and the editor's preview renders the same component with unpublished changes.
 * `article` must already be in `variant` (convertArticleForVariant): the page needs the converted
 * title for its metadata too, and the preview cannot ship the converter. `archived` adds a note:
 * an archived article stays readable at its URL but is no longer listed.
 */
export function ArticleView({ article, variant, archived = false }: { article: ArticleViewModel; variant: SiteVariant; archived?: boolean }) {
  const label = articleViewLabels(variant);
  return (
    <article className="article" lang={variantLanguage[variant]}>
      <header>
        {archived ? <p className="article-note" role="note">{label.archived}</p> : null}
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
            {article.tags.map((tag) => <li key={tag.name}>{tag.slug ? <Link href={variantPath(topicPath(tag.slug), variant)}>{tag.name}</Link> : tag.name}</li>)}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}
