import Link from 'next/link';
import type { AdjacentArticles } from '@/lib/articles/find-adjacent-articles';
import type { RelatedArticle } from '@/lib/articles/list-related-articles';
import { articlePath } from '@/lib/site/article-paths';
import { topicPath } from '@/lib/site/topic-paths';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { convertListItemForVariant } from '@/lib/variants/convert-list-item-for-variant';
import { convertNameForVariant } from '@/lib/variants/convert-name-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

function NeighbourLink({ article, label, side, variant }: { article: RelatedArticle; label: string; side: 'older' | 'newer'; variant: SiteVariant }) {
  const { slug, title } = convertListItemForVariant(article, variant);
  return (
    <li className={`neighbours-${side}`}>
      <Link href={variantPath(articlePath(slug), variant)} className="neighbours-link">
        <span className="neighbours-label">{convertForVariant(label, variant)}</span>{' '}
        <span className="neighbours-title">{title}</span>
      </Link>
    </li>
  );
}

/**
 * 上一篇 (the next older article) and 下一篇 (the next newer one) in the article's primary topic,
 * as findAdjacentArticles gives them (stored texts, converted to `variant` here); nothing when the
 * article has no topic or is the topic's only public article.
 */
export function ArticleNeighbours({ neighbours, variant }: { neighbours: AdjacentArticles | null; variant: SiteVariant }) {
  if (!neighbours || (!neighbours.older && !neighbours.newer)) return null;
  const { topic, older, newer } = neighbours;
  return (
    <nav aria-label={convertForVariant('同主题文章', variant)} className="neighbours" lang={variantLanguage[variant]}>
      <p className="neighbours-topic">
        {convertForVariant('主题：', variant)}
        <Link href={variantPath(topicPath(topic.slug), variant)}>{convertNameForVariant(topic.name, variant)}</Link>
      </p>
      <ul className="neighbours-list">
        {older ? <NeighbourLink article={older} label="上一篇" side="older" variant={variant} /> : null}
        {newer ? <NeighbourLink article={newer} label="下一篇" side="newer" variant={variant} /> : null}
      </ul>
    </nav>
  );
}
