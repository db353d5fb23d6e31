import Link from 'next/link';
import { formatChineseDate } from '@/lib/format/format-chinese-date';
import { scriptLang } from '@/lib/format/script-lang';

export interface ArticleListItem {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date | null;
  script: 'HANS' | 'HANT';
}

export function ArticleList({ articles }: { articles: ArticleListItem[] }) {
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.id} lang={scriptLang(article.script)}>
          <h2><Link href={`/articles/${article.slug}`}>{article.title}</Link></h2>
          {article.excerpt ? <p>{article.excerpt}</p> : null}
          {article.publishedAt ? <time dateTime={article.publishedAt.toISOString()}>{formatChineseDate(article.publishedAt)}</time> : null}
        </li>
      ))}
    </ol>
  );
}
