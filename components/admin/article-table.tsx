import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AdminArticleRow } from '@/lib/articles/list-articles-for-admin';

export async function ArticleTable({ articles }: { articles: AdminArticleRow[] }) {
  const [t, format] = await Promise.all([getTranslations('articles'), getFormatter()]);
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('columnTitle')}</th>
          <th scope="col">{t('columnStatus')}</th>
          <th scope="col">{t('columnUpdated')}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id}>
            <td>
              <Link href={`/admin/articles/${article.id}`}>{article.title}</Link>
              {article.needsReview ? <span className="badge badge-warning">{t('needsReview')}</span> : null}
            </td>
            <td><span className={`badge badge-${article.status.toLowerCase()}`}>{t(`status.${article.status}`)}</span></td>
            <td><time dateTime={article.updatedAt.toISOString()}>{format.dateTime(article.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</time></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
