import Link from 'next/link';
import { articleLabels } from '@/lib/format/article-labels';
import { formatCalendarDate, formatChineseDate } from '@/lib/format/format-chinese-date';
import { scriptLang } from '@/lib/format/script-lang';
import { renderArticleHtml } from '@/lib/render/render-article-html';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';

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

const archivedNote = { HANS: '本文已归档', HANT: '本文已歸檔' } as const;

/**
 * An article as readers see it. Pure markup, no data access, so the public page renders it on
 * the server and the editor's preview renders the same component with unpublished changes.
 * `archived` adds a note: an archived article stays readable at its URL but is no longer listed.
 */
export function ArticleView({ article, archived = false }: { article: ArticleViewModel; archived?: boolean }) {
  const label = articleLabels(article.script);
  return (
    <article className="article" lang={scriptLang(article.script)}>
      <header>
        {archived ? <p className="article-note" role="note">{archivedNote[article.script]}</p> : null}
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
            {article.tags.map((tag) => <li key={tag.name}>{tag.slug ? <Link href={`/topics/${tag.slug}`}>{tag.name}</Link> : tag.name}</li>)}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}
