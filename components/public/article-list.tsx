import Link from 'next/link';
import type { ArticleListItem } from '@/lib/articles/article-list-item';
import { formatChineseDate } from '@/lib/format/format-chinese-date';
import { articlePath } from '@/lib/site/article-paths';
import { convertListItemForVariant } from '@/lib/variants/convert-list-item-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

export type { ArticleListItem };

/** Articles newest first. Takes the stored entries and converts them to `variant` itself. */
export function ArticleList({ articles, variant }: { articles: ArticleListItem[]; variant: SiteVariant }) {
  return (
    <ol className="article-list" lang={variantLanguage[variant]}>
      {articles.map((stored) => {
        const article = convertListItemForVariant(stored, variant);
        return (
          <li key={article.id}>
            <h2><Link href={variantPath(articlePath(article.slug), variant)}>{article.title}</Link></h2>
            {article.excerpt ? <p>{article.excerpt}</p> : null}
            {article.publishedAt ? <time dateTime={article.publishedAt.toISOString()}>{formatChineseDate(article.publishedAt)}</time> : null}
          </li>
        );
      })}
    </ol>
  );
}
