import Link from 'next/link';
import type { RelatedArticle } from '@/lib/articles/list-related-articles';
import { formatChineseDate } from '@/lib/format/format-chinese-date';
import { articlePath } from '@/lib/site/article-paths';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { convertListItemForVariant } from '@/lib/variants/convert-list-item-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

/**
 * An article's related articles, best first; nothing when there are none. Takes the stored
 * entries (listRelatedArticles) and converts them to `variant` itself, as ArticleList does.
 */
export function RelatedArticles({ articles, variant }: { articles: RelatedArticle[]; variant: SiteVariant }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-title" className="related" lang={variantLanguage[variant]}>
      <h2 id="related-title" className="related-title">{convertForVariant('相关文章', variant)}</h2>
      <ul className="related-list">
        {articles.map((stored) => {
          const article = convertListItemForVariant(stored, variant);
          return (
            <li key={article.id} className="related-item">
              <Link href={variantPath(articlePath(article.slug), variant)} className="related-link">{article.title}</Link>
              {article.publishedAt ? (
                <time dateTime={article.publishedAt.toISOString()} className="related-date">{formatChineseDate(article.publishedAt)}</time>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
